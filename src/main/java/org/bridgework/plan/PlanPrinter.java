package org.bridgework.plan;

import java.util.Objects;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Prints the pages of a plan through JavaFX printing, one page image per sheet, scaled to fit the printable
 * area: the printout is the preview, page for page. Used by the Print… button (after the system print dialog)
 * and by the {@code print} command (without one); both need a running JavaFX toolkit. Printing the pages may
 * run off the JavaFX thread, as the nodes printed are never shown in a window.
 */
public final class PlanPrinter {
    /** How a print ended. */
    public enum Outcome {
        /** Every page went to the printer. */
        PRINTED,
        /** There is no printer (or none of the name asked for). */
        NO_PRINTER,
        /** The printer refused the job part-way. */
        FAILED
    }

    private PlanPrinter() {
    }

    /** The printer called {@code name}, or the system's default one; empty when there is none. */
    public static Optional<Printer> printer(Optional<String> name) {
        if (name.isPresent()) {
            return Printer.getAllPrinters().stream().filter(p -> p.getName().equals(name.get())).findFirst();
        }
        return Optional.ofNullable(Printer.getDefaultPrinter());
    }

    /** A print job on the default printer; empty when there is no printer. Call on the JavaFX thread. */
    public static Optional<PrinterJob> newJob() {
        return Optional.ofNullable(PrinterJob.createPrinterJob());
    }

    /** Prints every page on {@code job}'s printer and ends the job. */
    public static Outcome print(PrinterJob job, PlanPages pages) {
        Objects.requireNonNull(job, "job");
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(paperOf(pages, printer), PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        for (Image page : pages.images()) {
            if (!job.printPage(layout, fitted(page, layout))) {
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }

    /** Names the print job, as the printer's queue shows it. */
    public static void name(PrinterJob job, String name) {
        job.getJobSettings().setJobName(name);
    }

    /** The page image as large as the printable area allows, keeping its proportions. */
    private static ImageView fitted(Image page, PageLayout layout) {
        ImageView view = new ImageView(page);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        double scale = Math.min(layout.getPrintableWidth() / page.getWidth(),
                layout.getPrintableHeight() / page.getHeight());
        view.setFitWidth(page.getWidth() * scale);
        view.setFitHeight(page.getHeight() * scale);
        return view;
    }

    /** The printer's paper closest in size to the document's page (A4 or Letter), else its default. */
    private static javafx.print.Paper paperOf(PlanPages pages, Printer printer) {
        boolean letter = Math.abs(pages.widthPt() - 612) < Math.abs(pages.widthPt() - 595.3);
        javafx.print.Paper wanted = letter ? javafx.print.Paper.NA_LETTER : javafx.print.Paper.A4;
        return printer.getPrinterAttributes().getSupportedPapers().contains(wanted) ? wanted
                : printer.getPrinterAttributes().getDefaultPaper();
    }
}
