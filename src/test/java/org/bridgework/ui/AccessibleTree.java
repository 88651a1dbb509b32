package org.bridgework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks a window's node tree as a screen reader would meet it (issue 19, point 1): every control the keyboard
 * can reach must have a name to say, and every label that stands beside a field in a form must be tied to it
 * ({@code labelFor}), so that the field is announced by it and the label's mnemonic reaches it.
 */
final class AccessibleTree {
    private AccessibleTree() {
    }

    /** The problems in {@code window}, each prefixed with {@code where}; waits for the JavaFX thread first. */
    static List<String> problems(Window window, String where) throws Exception {
        Fx.settle();
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            visit(window.getScene().getRoot(), where, found);
            return found;
        }).get(30, TimeUnit.SECONDS);
    }

    private static void visit(Node node, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !node.isDisabled() && name(node).isBlank()) {
            found.add(where + ": no name: " + describe(node));
        }
        if (node instanceof Label label && label.getLabelFor() == null && besideAField(label)) {
            found.add(where + ": label without its field: \u201c" + label.getText() + "\u201d");
        }
        // A spinner's or a choice list's inner field is the control itself to a screen reader: named by it.
        if (node instanceof Parent parent && !(node instanceof Spinner) && !(node instanceof ComboBoxBase)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, where, found);
            }
        }
    }

    /**
     * A label of a form: styled as one, or in a grid's row whose other cell holds a control the keyboard reaches
     * (directly or inside a small box, such as a field with its date button).
     */
    private static boolean besideAField(Label label) {
        if (label.getStyleClass().contains("form-label")) {
            return true;
        }
        if (!(label.getParent() instanceof GridPane grid) || label.getText() == null || label.getText().isBlank()) {
            return false;
        }
        int row = Objects.requireNonNullElse(GridPane.getRowIndex(label), 0);
        int column = Objects.requireNonNullElse(GridPane.getColumnIndex(label), 0);
        for (Node other : grid.getChildren()) {
            if (other != label && other.isVisible()
                    && Objects.requireNonNullElse(GridPane.getRowIndex(other), 0) == row
                    && Objects.requireNonNullElse(GridPane.getColumnIndex(other), 0) == column + 1
                    && Objects.requireNonNullElse(GridPane.getRowSpan(other), 1) == 1
                    && reachable(other)) {
                return true;
            }
        }
        return false;
    }

    /** A field the keyboard reaches, or a box whose first such child is one (not a whole section). */
    private static boolean reachable(Node node) {
        if (node.isFocusTraversable()) {
            return node instanceof TextInputControl || node instanceof ComboBoxBase || node instanceof Spinner;
        }
        return node instanceof Parent parent && parent.getChildrenUnmodifiable().size() <= 3
                && parent.getChildrenUnmodifiable().stream().anyMatch(AccessibleTree::reachable);
    }

    /** What a screen reader says the control is called. */
    static String name(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof TextInputControl || node instanceof ComboBoxBase || node instanceof ListView
                || node instanceof TableView || node instanceof TreeView || node instanceof Spinner) {
            Object label = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
            if (node instanceof Spinner<?> spinner && label == null) {
                label = spinner.getEditor().queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
            }
            return label instanceof Labeled labeled && labeled.getText() != null ? labeled.getText() : "";
        }
        if (node instanceof Labeled labeled) {
            return labeled.getText() == null ? "" : labeled.getText();
        }
        Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return text == null ? "" : text.toString();
    }

    static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \u201c" + labeled.getText() + "\u201d" : "";
        return node.getClass().getSimpleName() + (node.getId() != null ? " #" + node.getId() : "") + text
                + " " + node.getStyleClass();
    }
}
