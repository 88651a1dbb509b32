package org.bridgework.plan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a plan PDF drawn as pictures by PDFBox, from the very bytes that are saved or printed. Plain AWT
 * images, which need no display: the screen that shows them turns each into its own kind of image as it is
 * drawn, so only one page's AWT picture is held at a time.
 */
public final class PdfPages {
    static {
        QuietPdfBox.apply();
    }

    /**
     * The drawn pages.
     *
     * @param images   one picture per page, in order
     * @param widthPt  the page width in points (1/72 inch)
     * @param heightPt the page height in points
     */
    public record Drawn<I>(List<I> images, double widthPt, double heightPt) {
        public Drawn {
            images = List.copyOf(images);
        }
    }

    private PdfPages() {
    }

    /** Draws every page of {@code pdf} at {@code dpi}, each turned by {@code convert} into the image wanted. */
    public static <I> Drawn<I> draw(byte[] pdf, float dpi, Function<BufferedImage, I> convert) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<I> images = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(convert.apply(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
            PDRectangle size = document.getNumberOfPages() > 0 ? document.getPage(0).getMediaBox() : PDRectangle.A4;
            return new Drawn<>(images, size.getWidth(), size.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the plan's pages", e);
        }
    }

    /** How many pages {@code pdf} has. */
    public static int count(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the plan's pages", e);
        }
    }
}
