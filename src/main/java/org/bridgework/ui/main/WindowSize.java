package org.bridgework.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The main window's size: 1366×768 to start with, and never smaller than 1024×640, the smallest screen the
 * layouts are made for (every toolbar label whole, no sideways scrolling). Both are kept within the screen, so
 * a smaller one still sees the whole window.
 */
public final class WindowSize {
    public static final double WIDTH = 1366;
    public static final double HEIGHT = 768;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private WindowSize() {
    }

    /** The size to open at on a screen with these visible bounds: {@code {width, height}}. */
    public static double[] initial(Rectangle2D screen) {
        return new double[] {Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight())};
    }

    /** Sets the window's minimum size for a screen with these visible bounds. */
    public static void limit(Stage stage, Rectangle2D screen) {
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
    }
}
