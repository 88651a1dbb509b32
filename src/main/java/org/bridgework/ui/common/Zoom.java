package org.bridgework.ui.common;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The text size of every window of the app (issue 19, View → Zoom): a font size on each scene's root, which our
 * stylesheets and AtlantaFX's measure their text in em from, so labels, fields, lists and the space they take
 * grow together. Windows opened later (dialogs, menus, the Trash) get it as they appear.
 */
public final class Zoom {
    /** AtlantaFX Primer's root font size, the text size at 100 %. */
    static final double NORMAL_PIXELS = 14;
    private static final String PROPERTY = "-fx-font-size:";
    private static int percent = 100;
    /** The text size as a factor of the normal one; a width in pixels set in code scales by it. */
    private static final javafx.beans.property.ReadOnlyDoubleWrapper SCALE = new javafx.beans.property.ReadOnlyDoubleWrapper(1);
    private static boolean watching;

    private Zoom() {
    }

    /** Sets the text size of every window, the open ones and those to come. Call on the JavaFX thread. */
    public static void apply(int newPercent) {
        percent = newPercent;
        SCALE.set(newPercent / 100.0);
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Zoom::applyToNew);
                }
            });
        }
        Window.getWindows().forEach(Zoom::applyTo);
    }

    /** The text size in use, in percent. */
    public static int current() {
        return percent;
    }

    /** The root font size in pixels for the text size in use. */
    public static double rootPixels() {
        return NORMAL_PIXELS * percent / 100.0;
    }

    /** The text size as a factor of the normal one (1.5 at 150 %). */
    public static javafx.beans.property.ReadOnlyDoubleProperty scaleProperty() {
        return SCALE.getReadOnlyProperty();
    }

    /**
     * Makes the widths a form's columns were given in pixels (for the normal text size) grow with the text, so a
     * label column stays wide enough for its words. The bindings hold the columns only weakly.
     */
    public static void scaleWidths(javafx.scene.layout.ColumnConstraints... columns) {
        scaleWidthsUpTo(Double.MAX_VALUE, columns);
    }

    /** As {@link #scaleWidths(javafx.scene.layout.ColumnConstraints...)}, growing no more than {@code most} times. */
    public static void scaleWidthsUpTo(double most, javafx.scene.layout.ColumnConstraints... columns) {
        javafx.beans.binding.DoubleBinding factor = javafx.beans.binding.Bindings.min(SCALE, most);
        for (javafx.scene.layout.ColumnConstraints column : columns) {
            scale(column.minWidthProperty(), factor);
            scale(column.prefWidthProperty(), factor);
            scale(column.maxWidthProperty(), factor);
        }
    }

    /** As {@link #scaleWidths(javafx.scene.layout.ColumnConstraints...)}, for panes given widths in pixels. */
    public static void scaleWidths(javafx.scene.layout.Region... regions) {
        scaleWidthsUpTo(Double.MAX_VALUE, regions);
    }

    /** As {@link #scaleWidths(javafx.scene.layout.Region...)}, growing no more than {@code most} times. */
    public static void scaleWidthsUpTo(double most, javafx.scene.layout.Region... regions) {
        javafx.beans.binding.DoubleBinding factor = javafx.beans.binding.Bindings.min(SCALE, most);
        for (javafx.scene.layout.Region region : regions) {
            scale(region.minWidthProperty(), factor);
            scale(region.prefWidthProperty(), factor);
            scale(region.maxWidthProperty(), factor);
        }
    }

    /** As {@link #scaleWidths(javafx.scene.layout.Region...)}, for heights. */
    public static void scaleHeights(javafx.scene.layout.Region... regions) {
        for (javafx.scene.layout.Region region : regions) {
            scale(region.minHeightProperty());
            scale(region.prefHeightProperty());
            scale(region.maxHeightProperty());
        }
    }

    private static void scale(javafx.beans.property.DoubleProperty width) {
        scale(width, SCALE);
    }

    private static void scale(javafx.beans.property.DoubleProperty width,
                              javafx.beans.value.ObservableNumberValue factor) {
        double normal = width.get();
        if (normal > 0 && normal < Double.MAX_VALUE) {
            width.bind(javafx.beans.binding.Bindings.multiply(factor, normal));
        }
    }

    /**
     * A window just shown: the size, and for a dialog (a window with an owner) its size fitted again once the larger
     * text is laid out, since it was measured before; kept on the screen it is on.
     */
    private static void applyToNew(Window window) {
        applyTo(window);
        if (percent != 100 && window instanceof javafx.stage.Stage stage && stage.getOwner() != null) {
            javafx.application.Platform.runLater(() -> {
                if (!stage.isShowing()) {
                    return;
                }
                fitToContent(stage);
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(stage.getX(),
                        stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream()
                        .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
                stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
                stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
                stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth())));
                stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight())));
            });
        }
    }

    /**
     * Grows the window to what its content now asks for. A dialog's scene holds its pane in a plain pane that
     * keeps the size it was given, so the dialog pane's own wish is asked for.
     */
    private static void fitToContent(javafx.stage.Stage stage) {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        scene.getRoot().applyCss();
        javafx.scene.Node content = scene.getRoot().lookup(".dialog-pane");
        if (!(content instanceof javafx.scene.layout.Region pane)) {
            stage.sizeToScene();
            return;
        }
        // The button bar gave its buttons one width, measured in the old text size; measure them again.
        for (javafx.scene.Node node : pane.lookupAll(".button-bar")) {
            if (node instanceof javafx.scene.control.ButtonBar bar) {
                java.util.List<javafx.scene.Node> buttons = new java.util.ArrayList<>(bar.getButtons());
                buttons.forEach(b -> ((javafx.scene.layout.Region) b).setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE));
                bar.getButtons().setAll(buttons);
            }
        }
        pane.applyCss();
        double width = Math.max(pane.prefWidth(-1), pane.minWidth(-1));
        double height = Math.max(pane.prefHeight(width), pane.minHeight(width));
        stage.setWidth(stage.getWidth() + Math.max(0, width - scene.getWidth()));
        stage.setHeight(stage.getHeight() + Math.max(0, height - scene.getHeight()));
    }

    private static void applyTo(Window window) {
        Scene scene = window.getScene();
        if (scene != null && scene.getRoot() != null) {
            applyTo(scene.getRoot());
        }
    }

    /** Puts the font size first in the root's inline style, in place of an earlier one, keeping the rest. */
    static void applyTo(Parent root) {
        String style = root.getStyle() == null ? "" : root.getStyle();
        String others = style.replaceAll("-fx-font-size:[^;]*;?\\s*", "");
        String size = String.format(Locale.ROOT, "%s %.1fpx; ", PROPERTY, rootPixels());
        root.setStyle(percent == 100 && others.isBlank() ? "" : size + others);
    }
}
