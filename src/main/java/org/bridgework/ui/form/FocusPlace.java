package org.bridgework.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;

/**
 * Where the keyboard is inside a form that is about to be built again (others changed what it shows): the place
 * of the focused control among the form's focusable ones, and the caret in it. Restored in the new form, so the
 * cursor stays where the manager left it.
 */
public record FocusPlace(int index, int caret) {

    /** The place of {@code focused} within {@code form}; empty when the focus is elsewhere. */
    public static Optional<FocusPlace> of(Parent form, Node focused) {
        if (focused == null || !isWithin(focused, form)) {
            return Optional.empty();
        }
        int index = focusable(form).indexOf(focused);
        if (index < 0) {
            return Optional.empty();
        }
        int caret = focused instanceof TextInputControl text ? text.getCaretPosition() : 0;
        return Optional.of(new FocusPlace(index, caret));
    }

    /** Puts the focus, and the caret, back at this place in {@code form} (if it still has that many controls). */
    public void restoreIn(Parent form) {
        List<Node> controls = focusable(form);
        if (index >= controls.size()) {
            return;
        }
        Node control = controls.get(index);
        control.requestFocus();
        if (control instanceof TextInputControl text) {
            text.deselect();
            text.positionCaret(Math.min(caret, text.getLength()));
        }
    }

    private static boolean isWithin(Node node, Parent form) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == form) {
                return true;
            }
        }
        return false;
    }

    /** The form's focusable controls in the order of its node tree. */
    private static List<Node> focusable(Parent form) {
        List<Node> found = new ArrayList<>();
        collect(form, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}

