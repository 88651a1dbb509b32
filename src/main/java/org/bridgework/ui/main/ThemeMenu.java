package org.bridgework.ui.main;

import javafx.scene.control.CheckMenuItem;
import org.bridgework.settings.AppSettings;
import org.bridgework.ui.common.Theme;

/** View → Dark theme and High contrast: ticked from the settings, and each change kept as the chosen theme. */
final class ThemeMenu {
    private ThemeMenu() {
    }

    static void bind(CheckMenuItem dark, CheckMenuItem highContrast, AppSettings settings, SettingsKeeper keeper) {
        dark.setSelected(Theme.parse(settings.theme()) == Theme.DARK);
        highContrast.setSelected(Theme.parse(settings.theme()) == Theme.HIGH_CONTRAST);
        dark.selectedProperty().addListener((o, old, on) -> keeper.setTheme(chosen(dark, highContrast)));
        highContrast.selectedProperty().addListener((o, old, on) -> keeper.setTheme(chosen(dark, highContrast)));
    }

    /** High contrast while it is ticked, whatever "Dark theme" says; otherwise dark or light. */
    private static Theme chosen(CheckMenuItem dark, CheckMenuItem highContrast) {
        return highContrast.isSelected() ? Theme.HIGH_CONTRAST : dark.isSelected() ? Theme.DARK : Theme.LIGHT;
    }
}
