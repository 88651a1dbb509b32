package org.bridgework.ui.form;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A text field whose text must mean something (a date, a rating, an amount). While the text is not
 * valid, the reason shows under the field, the text stays as typed, and {@link #valueProperty()} holds the
 * value the field had before this edit (when it last got the keyboard), so nothing invalid is ever saved,
 * nothing typed is thrown away, and a half-typed entry ("1234" on the way to a refused "1234.50") does not
 * replace what was there.
 */
public final class ValidatedField<T> extends VBox {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final TextField field = new TextField();
    private final Label problem = new Label();
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final Function<String, Parsed<T>> parser;
    private T beforeEdit;

    public ValidatedField(T initial, Function<T, String> printer, Function<String, Parsed<T>> parser) {
        super(4);
        this.parser = parser;
        value.set(initial);
        beforeEdit = initial;
        field.setText(printer.apply(initial));
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        getChildren().addAll(field, problem);
        field.textProperty().addListener((o, old, text) -> check(text));
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                beforeEdit = value.get();
            }
        });
    }

    /** The value to save: the text's, or while the text is not valid the value before this edit. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T value() {
        return value.get();
    }

    public TextField field() {
        return field;
    }

    /** Puts {@code node} (a date picker's button) to the right of the text field. */
    public void beside(javafx.scene.Node node) {
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(4, field, node);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().set(0, line);
    }

    /** The reason shown under the field, or empty when the text is valid. */
    public String problem() {
        return problem.isVisible() ? problem.getText() : "";
    }

    private void check(String text) {
        Parsed<T> parsed = parser.apply(text);
        problem.setVisible(!parsed.valid());
        problem.setText(parsed.valid() ? "" : parsed.problem());
        field.pseudoClassStateChanged(DANGER, !parsed.valid());
        value.set(parsed.valid() ? parsed.value() : beforeEdit);
    }
}
