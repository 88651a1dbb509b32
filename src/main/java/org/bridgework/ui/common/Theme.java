package org.bridgework.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The app's look: AtlantaFX's Primer theme (light, or dark also under high contrast) as the user agent
 * stylesheet, and on top of it one of our stylesheets per theme, each our common app.css with the theme's own
 * colours (theme-*.css: input borders and muted text made strong enough for WCAG 2.2 AA, and the whole palette
 * of the high-contrast theme). ThemeContrastTest checks every pair of colours we draw text and controls with.
 */
public enum Theme {
    LIGHT("theme-light.css"), DARK("theme-dark.css"), HIGH_CONTRAST("theme-high-contrast.css");

    /** The theme last applied; the stylesheet dialogs add is this one's. */
    private static volatile Theme current = LIGHT;
    private final String stylesheetFile;

    Theme(String stylesheetFile) {
        this.stylesheetFile = stylesheetFile;
    }

    /** Sets this theme for every window of the app, the open ones included. Call on the JavaFX thread. */
    public void apply() {
        current = this;
        Application.setUserAgentStylesheet(userAgentStylesheet());
        List<String> ours = java.util.Arrays.stream(values()).map(Theme::stylesheet).toList();
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (scene != null && scene.getStylesheets().removeIf(ours::contains)) {
                scene.getStylesheets().add(stylesheet());
            }
            if (scene != null && scene.getRoot() != null && scene.getRoot().getStylesheets().removeIf(ours::contains)) {
                scene.getRoot().getStylesheets().add(stylesheet());
            }
        }
    }

    /** The AtlantaFX theme underneath: Primer dark for dark and high contrast, whose colours ours replace. */
    public String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    /** Our stylesheet for this theme (app.css with this theme's colours). */
    public String stylesheet() {
        return Theme.class.getResource(stylesheetFile).toExternalForm();
    }

    /** The theme a stored setting names ("light", "dark", "high_contrast"); light for anything unknown. */
    public static Theme parse(String value) {
        for (Theme theme : values()) {
            if (value != null && value.toUpperCase(Locale.ROOT).equals(theme.name())) {
                return theme;
            }
        }
        return LIGHT;
    }

    /** The theme in use. */
    public static Theme current() {
        return current;
    }

    /** Our stylesheet for the theme in use, added to every scene on top of the theme. */
    public static String appStylesheet() {
        return current.stylesheet();
    }
}
