package org.bridgework.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as PDFBox reads it back, page by page, with runs of white space made one space: in the
 * order it was drawn ({@link #pages}) and in reading order on the page ({@link #sortedPages}; generated
 * content such as page numbers is drawn last, so "Page 1 of 6" reads right only there).
 */
record PdfText(List<String> pages, List<String> sortedPages, float pageWidth, float pageHeight) {

    static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            PDFTextStripper sorted = new PDFTextStripper();
            sorted.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            List<String> sortedPages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                for (PDFTextStripper s : List.of(stripper, sorted)) {
                    s.setStartPage(i);
                    s.setEndPage(i);
                }
                pages.add(normal(stripper.getText(document)));
                sortedPages.add(normal(sorted.getText(document)));
            }
            return new PdfText(pages, sortedPages, document.getPage(0).getMediaBox().getWidth(),
                    document.getPage(0).getMediaBox().getHeight());
        }
    }

    static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    String all() {
        return String.join(" ", pages);
    }

    /**
     * True when the text is there, line breaks aside: compared without any white space, since a table cell
     * may wrap a line where the source has none (or, as after "a." in "6 a.m.", where it has no space).
     */
    boolean contains(String text) {
        return all().replaceAll("\\s+", "").contains(text.replaceAll("\\s+", ""));
    }
}
