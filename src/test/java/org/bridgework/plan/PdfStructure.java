package org.bridgework.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * The tagged structure of a PDF as PDFBox reads it: every structure element in document (reading) order, with
 * its type, depth, alternative text and table scope. What a screen reader walks through.
 */
record PdfStructure(String language, String title, boolean displayTitle, List<Element> elements) {

    /** One structure element; {@code scope} is the table header's Scope attribute, or empty. */
    record Element(String type, int depth, String alt, String scope) {
    }

    static PdfStructure of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Element> elements = new ArrayList<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                walk(root, 0, elements);
            }
            var preferences = document.getDocumentCatalog().getViewerPreferences();
            return new PdfStructure(document.getDocumentCatalog().getLanguage(),
                    document.getDocumentInformation().getTitle(),
                    preferences != null && preferences.displayDocTitle(), elements);
        }
    }

    private static void walk(PDStructureNode node, int depth, List<Element> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(new Element(element.getStructureType(), depth,
                        element.getAlternateDescription() == null ? "" : element.getAlternateDescription(),
                        scope(element)));
                walk(element, depth + 1, into);
            }
        }
    }

    private static String scope(PDStructureElement element) {
        COSBase attributes = element.getCOSObject().getDictionaryObject(COSName.A);
        if (attributes instanceof COSDictionary dictionary) {
            String scope = dictionary.getNameAsString(COSName.getPDFName("Scope"));
            return scope == null ? "" : scope;
        }
        return "";
    }

    /** The types in reading order, one line each, indented by depth: for messages. */
    String outline() {
        StringBuilder text = new StringBuilder();
        for (Element e : elements) {
            text.append("  ".repeat(e.depth())).append(e.type());
            if (!e.alt().isEmpty()) {
                text.append(" alt=\"").append(e.alt()).append('"');
            }
            if (!e.scope().isEmpty()) {
                text.append(" scope=").append(e.scope());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
