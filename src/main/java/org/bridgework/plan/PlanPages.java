package org.bridgework.plan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of one plan PDF as images, drawn by PDFBox from the very bytes that are saved or printed, so the
 * preview shows exactly the document and nothing else. Slow enough (tens of milliseconds a page) to belong
 * off the JavaFX thread; JavaFX images may be made on any thread.
 *
 * @param pdf      the document the pages come from
 * @param images   one image per page, in order
 * @param widthPt  the page width in points (1/72 inch)
 * @param heightPt the page height in points
 * @param dpi      the resolution the images were drawn at
 */
public record PlanPages(byte[] pdf, List<Image> images, double widthPt, double heightPt, float dpi) {
    /** Sharp on screen at 100 % and still quick to draw. */
    public static final float PREVIEW_DPI = 110;

    static {
        QuietPdfBox.apply();
    }

    public PlanPages {
        Objects.requireNonNull(pdf, "pdf");
        images = List.copyOf(images);
    }

    /** Draws every page of {@code pdf} at {@code dpi}. */
    public static PlanPages render(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Image> images = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(toFx(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
            PDRectangle size = document.getNumberOfPages() > 0 ? document.getPage(0).getMediaBox() : PDRectangle.A4;
            return new PlanPages(pdf, images, size.getWidth(), size.getHeight(), dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the plan's pages", e);
        }
    }

    public int count() {
        return images.size();
    }

    private static Image toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
