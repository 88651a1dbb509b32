package org.bridgework.ui.common;

import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The app's icons, from the Feather set: simple line icons that suit a calm interface. */
public final class Icons {
    static {
        // Before the first icon: Ikonli makes its resolver once, with the font loader of whoever asks first.
        IkonResolverProvider.getInstance(IconFontLoader.fromSystemProperty());
    }

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
