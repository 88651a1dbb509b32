package org.bridgework.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** The app's look: AtlantaFX's Primer theme, light or dark, under our own small stylesheet. */
public enum Theme {
    LIGHT, DARK;

    /** Sets this theme for every window of the app. */
    public void apply() {
        String stylesheet = this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(stylesheet);
    }

    /** The theme a stored setting names; light for anything unknown. */
    public static Theme parse(String value) {
        return value != null && value.toUpperCase(Locale.ROOT).equals("DARK") ? DARK : LIGHT;
    }

    /** Our stylesheet, added to every scene on top of the theme. */
    public static String appStylesheet() {
        return Theme.class.getResource("app.css").toExternalForm();
    }
}
