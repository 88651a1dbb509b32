package org.bridgework.ui.plan;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.bridgework.plan.PdfPages;

/**
 * The pages of one plan PDF as JavaFX images for the preview, drawn from the very bytes that are saved or
 * printed, so the preview shows exactly the document and nothing else. Slow enough (tens of milliseconds a
 * page) to belong off the JavaFX thread; JavaFX images may be made on any thread.
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

    public PlanPages {
        Objects.requireNonNull(pdf, "pdf");
        images = List.copyOf(images);
    }

    /** Draws every page of {@code pdf} at {@code dpi}. */
    public static PlanPages render(byte[] pdf, float dpi) {
        PdfPages.Drawn<Image> drawn = PdfPages.draw(pdf, dpi, PlanPages::toFx);
        return new PlanPages(pdf, drawn.images(), drawn.widthPt(), drawn.heightPt(), dpi);
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
