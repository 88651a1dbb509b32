package org.bridgework.ui.common;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The app's icons, from the Feather set: simple line icons that suit a calm interface. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        return new FontIcon(icon);
    }

    public static FontIcon of(Feather icon, int size) {
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.setIconSize(size);
        return fontIcon;
    }
}
