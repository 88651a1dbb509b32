package org.bridgework.ui.form;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import org.bridgework.text.Texts;

/**
 * The calendar beside a date field: a date picker showing only its button. The text field stays where the date
 * is typed and checked ({@link ValidatedField}), so text it cannot read stays as typed with its reason; a day
 * picked in the calendar is written into the field in the user's form ({@link DateText}). F4, Alt+↓ or Space
 * opens it from the keyboard.
 */
final class DatePickerButton {
    private DatePickerButton() {
    }

    static DatePicker forField(ValidatedField<Optional<LocalDate>> field) {
        DatePicker picker = new DatePicker();
        picker.setEditable(false);
        picker.setConverter(DateText.converter());
        picker.getStyleClass().add("date-picker-button");
        picker.idProperty().bind(field.field().idProperty().concat("-picker"));
        picker.setPrefWidth(44);
        picker.setMaxWidth(44);
        picker.setAccessibleText(Texts.get("field.date.picker"));
        picker.setTooltip(new Tooltip(Texts.get("field.date.picker")));
        boolean[] syncing = {false};
        picker.setOnShowing(event -> {
            syncing[0] = true;
            picker.setValue(field.value().orElse(null));
            syncing[0] = false;
        });
        picker.valueProperty().addListener((o, old, day) -> {
            if (!syncing[0] && day != null) {
                field.field().setText(DateText.of(day));
            }
        });
        return picker;
    }
}
