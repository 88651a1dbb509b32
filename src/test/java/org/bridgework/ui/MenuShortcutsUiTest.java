package org.bridgework.ui;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The menus' shortcuts are keys, not typed characters, and exactly the documented ones: a character combination
 * (what {@code KeyCombination.valueOf("Shortcut+,")} gives, for one) is one that a keyboard layout can move or a
 * dead key swallow. Read from the real window, so the shortcuts added in code by other classes count too.
 */
@ExtendWith(ApplicationExtension.class)
class MenuShortcutsUiTest {
    private static final List<KeyCombination> DOCUMENTED = List.of(
            keys(KeyCode.N, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.O, SHORTCUT_DOWN), keys(KeyCode.S, SHORTCUT_DOWN),
            keys(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.F5), keys(KeyCode.P, SHORTCUT_DOWN),
            keys(KeyCode.E, SHORTCUT_DOWN), keys(KeyCode.K, SHORTCUT_DOWN, SHIFT_DOWN),
            keys(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.I, SHORTCUT_DOWN),
            keys(KeyCode.B, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.COMMA, SHORTCUT_DOWN),
            keys(KeyCode.Q, SHORTCUT_DOWN), keys(KeyCode.N, SHORTCUT_DOWN), keys(KeyCode.F2),
            keys(KeyCode.A, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.Z, SHORTCUT_DOWN),
            keys(KeyCode.T, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.F, SHORTCUT_DOWN), keys(KeyCode.M, SHORTCUT_DOWN),
            keys(KeyCode.DIGIT0, SHORTCUT_DOWN), keys(KeyCode.DIGIT1, SHORTCUT_DOWN), keys(KeyCode.DIGIT2, SHORTCUT_DOWN),
            keys(KeyCode.DIGIT3, SHORTCUT_DOWN), keys(KeyCode.DIGIT4, SHORTCUT_DOWN),
            keys(KeyCode.H, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.D, SHORTCUT_DOWN, SHIFT_DOWN),
            keys(KeyCode.PAGE_DOWN, SHORTCUT_DOWN), keys(KeyCode.PAGE_UP, SHORTCUT_DOWN), keys(KeyCode.F1),
            // Added in code: View → Zoom, and the team workbook's menu items.
            keys(KeyCode.EQUALS, SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), keys(KeyCode.MINUS, SHORTCUT_DOWN),
            keys(KeyCode.DIGIT0, SHORTCUT_DOWN, SHIFT_DOWN), keys(KeyCode.L, SHORTCUT_DOWN, SHIFT_DOWN),
            keys(KeyCode.Y, SHORTCUT_DOWN, SHIFT_DOWN));

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness();
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void everyMenuShortcutIsAKeyAndTheDocumentedOne(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<KeyCombination> found = Fx.call(() -> {
            List<KeyCombination> shortcuts = new ArrayList<>();
            for (Menu menu : bar.getMenus()) {
                collect(menu, shortcuts);
            }
            return shortcuts;
        });
        for (KeyCombination shortcut : found) {
            assertInstanceOf(KeyCodeCombination.class, shortcut,
                    shortcut.getName() + " is a key, not a typed character");
        }
        assertEquals(sorted(DOCUMENTED), sorted(found));
    }

    private static void collect(Menu menu, List<KeyCombination> found) {
        for (MenuItem item : menu.getItems()) {
            if (item.getAccelerator() != null) {
                found.add(item.getAccelerator());
            }
            if (item instanceof Menu submenu) {
                collect(submenu, found);
            }
        }
    }

    private static KeyCombination keys(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private static List<String> sorted(List<KeyCombination> shortcuts) {
        return shortcuts.stream().map(KeyCombination::getName).sorted(Comparator.naturalOrder()).toList();
    }
}
