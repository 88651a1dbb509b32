package org.bridgework.ui.preferences;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Labeled;

/**
 * How large a control's text is against the normal 14 pixels (2 at View → Zoom's 200 %): widths given in
 * pixels for the normal size are multiplied by it, so Preferences grows with its text.
 */
final class TextScale {
    private static final double NORMAL_PIXELS = 14;

    private TextScale() {
    }

    static DoubleBinding of(Labeled text) {
        return Bindings.createDoubleBinding(() -> text.getFont().getSize() / NORMAL_PIXELS, text.fontProperty());
    }
}
