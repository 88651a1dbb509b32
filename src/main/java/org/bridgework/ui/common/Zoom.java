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
    private static boolean watching;

    private Zoom() {
    }

    /** Sets the text size of every window, the open ones and those to come. Call on the JavaFX thread. */
    public static void apply(int newPercent) {
        percent = newPercent;
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Zoom::applyTo);
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
