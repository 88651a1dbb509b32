package org.bridgework.plan;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a figure drawn in HTML (the trust chart's boxes) into a tagged Figure with alternative text, so a screen
 * reader says what the chart shows instead of reading its loose numbers. openhtmltopdf 1.1.x gives alternative
 * text only to images, and copies no attribute but {@code lang} into the structure tree; so the figure's element
 * carries its language with the private-use suffix {@link #MARK} and its text in {@code title}. When the
 * document is complete and before it is saved, the marked structure elements (in reading order) are matched
 * with the marked elements of the XHTML (in document order): each becomes a Figure with that text as its Alt,
 * and gets its plain language back.
 */
final class TaggedFigures implements PDFCreationListener {
    /** Appended to the language of an element that is a figure: "en" becomes "en-x-figure". */
    static final String MARK = "-x-figure";

    /** The attributes of a figure's element: its language, marked, and its alternative text. */
    static String attributes(String language, String alternativeText) {
        return " lang=\"" + Xhtml.escape(language + MARK) + "\" title=\"" + Xhtml.escape(alternativeText) + "\"";
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {
    }

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        tag(renderer.getPdfDocument(), renderer.getDocument());
    }

    static void tag(PDDocument pdf, org.w3c.dom.Document xhtml) {
        List<Element> figures = new ArrayList<>();
        collect(xhtml.getDocumentElement(), figures);
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        List<PDStructureElement> marked = new ArrayList<>();
        if (root != null) {
            collect(root, marked);
        }
        if (figures.size() != marked.size()) {
            // A figure without its text would be read as loose numbers: better no PDF than a misleading one.
            throw new IllegalStateException(figures.size() + " figures in the XHTML, " + marked.size()
                    + " in the PDF's structure");
        }
        for (int i = 0; i < figures.size(); i++) {
            PDStructureElement figure = marked.get(i);
            figure.setStructureType(StandardStructureTypes.Figure);
            figure.setAlternateDescription(figures.get(i).getAttribute("title"));
            String language = figure.getLanguage();
            figure.setLanguage(language.substring(0, language.length() - MARK.length()));
        }
    }

    private static void collect(Element element, List<Element> into) {
        if (element.getAttribute("lang").endsWith(MARK)) {
            into.add(element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, into);
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String language = element.getLanguage();
                if (language != null && language.endsWith(MARK)) {
                    into.add(element);
                }
                collect(element, into);
            }
        }
    }
}
