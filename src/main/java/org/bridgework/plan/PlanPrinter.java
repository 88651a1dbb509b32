package org.bridgework.plan;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a plan: the very PDF the preview was drawn from, page for page, on a printer chosen through JavaFX
 * (the system print dialog for Print…, a name or the default printer for the {@code print} command).
 *
 * <p>Where the print service takes PDF (CUPS does, so every Linux and macOS printer), the PDF goes to it as it
 * is; otherwise PDFBox draws the pages onto the printer's graphics. Either way the printout is vectors, not the
 * preview's pictures of the pages: sharp at any printer resolution, a small print job (tens of kilobytes
 * rather than megabytes), and, with PDF, text that stays text, which is how CI checks a real print through a
 * virtual PDF printer. JavaFX's own printing can only print nodes, so it would print pictures.
 */
public final class PlanPrinter {
    /** How a print ended. */
    public enum Outcome {
        /** Every page went to the printer's queue. */
        PRINTED,
        /** The printer is not known to the system's print service. */
        NO_PRINTER,
        /** The printer refused the job. */
        FAILED
    }

    private PlanPrinter() {
    }

    /** The printer called {@code name}, or the system's default one; empty when there is none. Needs the JavaFX toolkit. */
    public static Optional<Printer> printer(Optional<String> name) {
        if (name.isPresent()) {
            return Printer.getAllPrinters().stream().filter(p -> p.getName().equals(name.get())).findFirst();
        }
        return Optional.ofNullable(Printer.getDefaultPrinter());
    }

    /** A print job for the system print dialog; empty when no printer is installed. Call on the JavaFX thread. */
    public static Optional<PrinterJob> newJob() {
        return Optional.ofNullable(PrinterJob.createPrinterJob());
    }

    /**
     * Prints every page of {@code pages}' PDF on {@code printer} and returns once the job is in the printer's
     * queue. Blocks for as long as spooling takes: call off the JavaFX thread.
     *
     * @param copies  how many copies (at least one)
     * @param jobName the name the printer's queue shows
     */
    public static Outcome print(Printer printer, int copies, PlanPages pages, String jobName) {
        Objects.requireNonNull(printer, "printer");
        Optional<PrintService> service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printer.getName()))
                .findFirst();
        if (service.isEmpty()) {
            return Outcome.NO_PRINTER;
        }
        try {
            if (service.get().isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
                printAsPdf(service.get(), copies, pages.pdf(), jobName);
            } else {
                printAsGraphics(service.get(), copies, pages.pdf(), jobName);
            }
            return Outcome.PRINTED;
        } catch (IOException | PrinterException | PrintException e) {
            System.getLogger(PlanPrinter.class.getName()).log(System.Logger.Level.WARNING, "Printing the plan failed", e);
            return Outcome.FAILED;
        }
    }

    /** The PDF as it is, for print services that take PDF (CUPS does): nothing is converted on our side. */
    private static void printAsPdf(PrintService service, int copies, byte[] pdf, String jobName) throws PrintException {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(Math.max(1, copies)));
        attributes.add(new JobName(jobName, Locale.getDefault()));
        DocPrintJob job = service.createPrintJob();
        job.print(new SimpleDoc(pdf, DocFlavor.BYTE_ARRAY.PDF, null), attributes);
    }

    /** The pages drawn by PDFBox onto the printer's graphics, for print services that do not take PDF. */
    private static void printAsGraphics(PrintService service, int copies, byte[] pdf, String jobName)
            throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.awt.print.PrinterJob job = java.awt.print.PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setCopies(Math.max(1, copies));
            job.setPageable(new PDFPageable(document));
            job.print();
        }
    }
}
