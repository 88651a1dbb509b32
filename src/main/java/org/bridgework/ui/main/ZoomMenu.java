package org.bridgework.ui.main;

import java.util.function.IntUnaryOperator;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.bridgework.settings.AppSettings;
import org.bridgework.settings.ZoomSteps;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Zoom;

/**
 * View → Zoom in (Ctrl+=), Zoom out (Ctrl+-) and Actual size (Ctrl+Shift+0; Ctrl+0 is This week): the text
 * size of every window, applied from the settings at start and kept there at each change.
 */
final class ZoomMenu {
    private ZoomMenu() {
    }

    /** Adds the three items at the end of {@code view} and applies the remembered size. */
    static void addTo(Menu view, AppSettings settings, SettingsKeeper keeper) {
        Zoom.apply(settings.zoom());
        // Shift is left free for Ctrl+= so that Ctrl++ (Shift+= on many keyboards) zooms in as well.
        MenuItem in = item("menu.view.zoomIn", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY), ZoomSteps::larger, keeper);
        MenuItem out = item("menu.view.zoomOut", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                ZoomSteps::smaller, keeper);
        MenuItem actual = item("menu.view.actualSize", new KeyCodeCombination(KeyCode.DIGIT0,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), percent -> ZoomSteps.ACTUAL_SIZE, keeper);
        view.getItems().addAll(new SeparatorMenuItem(), in, out, actual);
    }

    private static MenuItem item(String key, KeyCombination keys, IntUnaryOperator change, SettingsKeeper keeper) {
        MenuItem item = new MenuItem(Texts.get(key));
        item.setAccelerator(keys);
        item.setOnAction(event -> keeper.setZoom(change.applyAsInt(Zoom.current())));
        return item;
    }
}
