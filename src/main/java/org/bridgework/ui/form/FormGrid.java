package org.bridgework.ui.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.bridgework.text.Texts;

/**
 * A two-column form, label beside field, built row by row. Every field it makes reports each edit to
 * one callback, which is how worksheets save as the user types.
 */
public final class FormGrid extends GridPane {
    private final Runnable onEdit;
    private int row;

    public FormGrid(Runnable onEdit) {
        this.onEdit = onEdit;
        getStyleClass().add("form-grid");
        setHgap(14);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(130, 160, 200);
        ColumnConstraints fields = new ColumnConstraints(200, 400, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);
        // The label column grows with View → Zoom, less than the text (its labels wrap); the fields get the rest.
        org.bridgework.ui.common.Zoom.scaleWidthsUpTo(1.3, labels);
    }

    public TextField text(String labelKey, String value) {
        TextField field = new TextField(value);
        field.textProperty().addListener((o, old, text) -> onEdit.run());
        row(labelKey, field);
        return field;
    }

    /**
     * A text area that grows with its text ({@link GrowingText}); {@code rows} is its height while it holds
     * little, but never more than two rows of empty space.
     */
    public TextArea area(String labelKey, String value, int rows) {
        TextArea area = GrowingText.grow(TabMovesFocus.on(new TextArea(value)), Math.min(rows, 2), GrowingText.MAX_ROWS);
        area.textProperty().addListener((o, old, text) -> onEdit.run());
        row(labelKey, area);
        return area;
    }

    /** A one-paragraph field that wraps a sentence instead of hiding its end ({@link GrowingText#sentence}). */
    public TextArea sentence(String labelKey, String value) {
        TextArea area = GrowingText.sentence(value);
        area.textProperty().addListener((o, old, text) -> onEdit.run());
        row(labelKey, area);
        return area;
    }

    /** A choice among {@code values}; with {@code noneLabel} not null, also "not chosen". */
    public <E> ComboBox<Option<E>> choice(String labelKey, List<E> values, E current, Function<E, String> names,
                                          String noneLabel) {
        List<Option<E>> options = new ArrayList<>();
        if (noneLabel != null) {
            options.add(new Option<>(null, noneLabel));
        }
        values.forEach(value -> options.add(new Option<>(value, names.apply(value))));
        ComboBox<Option<E>> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.getSelectionModel().select(options.stream().filter(o -> java.util.Objects.equals(o.value(), current))
                .findFirst().orElse(options.get(0)));
        box.valueProperty().addListener((o, old, chosen) -> onEdit.run());
        box.setPrefWidth(260);
        org.bridgework.ui.common.Zoom.scaleWidths(box);
        row(labelKey, box);
        return box;
    }

    public ValidatedField<Optional<LocalDate>> date(String labelKey, Optional<LocalDate> value) {
        return date(labelKey, value, false);
    }

    /** A date the entry cannot do without (a conversation's, a check-in's). */
    public ValidatedField<Optional<LocalDate>> requiredDate(String labelKey, LocalDate value) {
        return date(labelKey, Optional.of(value), true);
    }

    private ValidatedField<Optional<LocalDate>> date(String labelKey, Optional<LocalDate> value, boolean required) {
        ValidatedField<Optional<LocalDate>> field = new ValidatedField<>(value,
                date -> date.map(DateText::of).orElse(""), required ? Parsers.requiredDate() : Parsers.date());
        field.field().setPromptText(Texts.get("field.date.prompt", DateText.of(LocalDate.now())));
        field.field().setPrefColumnCount(10);
        field.field().setMaxWidth(180);
        field.beside(DatePickerButton.forField(field));
        return validated(labelKey, field);
    }

    public ValidatedField<OptionalInt> rating(String labelKey, OptionalInt value, int min, int max) {
        return rating(labelKey, value, min, max, false);
    }

    public ValidatedField<OptionalInt> rating(String labelKey, OptionalInt value, int min, int max, boolean required) {
        return rating(labelKey, value, min, max, required, min == 0 ? "rating.none" : "rating.veryLow", "rating.veryHigh");
    }

    /** A {@link RatingField}, with the words its lowest and highest numbers mean. */
    public ValidatedField<OptionalInt> rating(String labelKey, OptionalInt value, int min, int max, boolean required,
                                              String lowKey, String highKey) {
        ValidatedField<OptionalInt> field = RatingField.of(value, min, max, required, lowKey, highKey);
        field.field().setMaxWidth(90);
        return validated(labelKey, field);
    }

    /** An amount of money, shown and read as the user's locale writes amounts ({@link AmountFormat}). */
    public ValidatedField<Optional<BigDecimal>> amount(String labelKey, Optional<BigDecimal> value) {
        AmountFormat format = AmountFormat.forUser();
        ValidatedField<Optional<BigDecimal>> field = new ValidatedField<>(value,
                amount -> amount.map(format::format).orElse(""), format::parse);
        field.field().setMaxWidth(260);
        return validated(labelKey, field);
    }

    public CheckBox check(String textKey, boolean value) {
        CheckBox box = new CheckBox(Texts.get(textKey));
        box.setId(textKey.replace('.', '-'));
        box.setSelected(value);
        box.setWrapText(true);
        box.selectedProperty().addListener((o, old, selected) -> onEdit.run());
        add(box, 1, row++);
        return box;
    }

    /** A labelled row with any control; the control's id is the label key with dashes ("own-whatWeDid"). */
    public void row(String labelKey, Node field) {
        Node target = field instanceof ValidatedField<?> validated ? validated.field() : field;
        if (target.getId() == null) {
            target.setId(labelKey.replace('.', '-'));
        }
        Label label = new Label(Texts.get(labelKey));
        label.setLabelFor(target);
        label.setWrapText(true);
        label.getStyleClass().add("form-label");
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHalignment(label, HPos.LEFT);
        GridPane.setHgrow(field, Priority.ALWAYS);
        add(label, 0, row);
        add(field, 1, row++);
    }

    /** A node across both columns: a heading, a note, a list. */
    public void wide(Node node) {
        add(node, 0, row++, 2, 1);
    }

    private <T> ValidatedField<T> validated(String labelKey, ValidatedField<T> field) {
        field.valueProperty().addListener((o, old, value) -> onEdit.run());
        row(labelKey, field);
        return field;
    }
}
