package org.bridgework.plan;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a plan: the very PDF the preview was drawn from, page for page, on a printer found through the
 * system's print services ({@code javax.print}), which need no display: the Print… button names the printer
 * chosen in the system print dialog, the {@code print} command names one or takes the default.
 *
 * <p>Where the print service takes PDF (CUPS does, so every Linux and macOS printer), the PDF goes to it as it
 * is; otherwise PDFBox draws the pages onto the printer's graphics. Either way the printout is vectors, not the
 * preview's pictures of the pages: sharp at any printer resolution, a small print job (tens of kilobytes
 * rather than megabytes), and, with PDF, text that stays text, which is how CI checks a real print through a
 * virtual PDF printer.
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

    /** The printer called {@code name}, or the system's default one; empty when there is none. */
    public static Optional<PrintService> printer(Optional<String> name) {
        if (name.isPresent()) {
            return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                    .filter(s -> s.getName().equals(name.get()))
                    .findFirst();
        }
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
    }

    /** The names of the printers installed, sorted. */
    public static List<String> printerNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .toList();
    }

    /**
     * Prints every page of {@code pdf} on the printer called {@code printerName} and returns once the job is in
     * the printer's queue. Blocks for as long as spooling takes: call off the JavaFX thread.
     *
     * @param copies  how many copies (at least one)
     * @param jobName the name the printer's queue shows
     */
    public static Outcome print(String printerName, int copies, byte[] pdf, String jobName) {
        Objects.requireNonNull(printerName, "printerName");
        return printer(Optional.of(printerName)).map(service -> print(service, copies, pdf, jobName))
                .orElse(Outcome.NO_PRINTER);
    }

    /** Prints every page of {@code pdf} on {@code service}; as {@link #print(String, int, byte[], String)}. */
    public static Outcome print(PrintService service, int copies, byte[] pdf, String jobName) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(pdf, "pdf");
        try {
            if (service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
                printAsPdf(service, copies, pdf, jobName);
            } else {
                printAsGraphics(service, copies, pdf, jobName);
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
