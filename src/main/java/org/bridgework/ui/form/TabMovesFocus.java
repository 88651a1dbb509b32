package org.bridgework.ui.form;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In a form, Tab should go to the next field, not type a tab character into a text area. JavaFX's text
 * area moves focus on Ctrl+Tab, so a plain Tab is passed on as Ctrl+Tab; Shift+Tab likewise goes back.
 */
public final class TabMovesFocus {
    private TabMovesFocus() {
    }

    public static TextArea on(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), KeyEvent.KEY_PRESSED, "", "",
                        KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
