package org.bridgework.ui.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.bridgework.fields.Field;
import org.bridgework.fields.Sheet;
import org.bridgework.fields.Values;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.Option;
import org.bridgework.ui.form.ValidatedField;

/**
 * Controls for a worksheet's described fields, each added to a {@link FormGrid} with its label, and the record
 * they make: a worksheet lays out its fields one line each and never calls its record's constructor, so a new
 * field of the record needs only its control here. A field without a control keeps the value it had.
 *
 * @param <S> the worksheet's record
 */
final class SheetForm<S> {
    private final FormGrid form;
    private final S shown;
    private final List<Control<?>> controls = new ArrayList<>();

    /** One field's control, and how to read its value. */
    private record Control<V>(Field<?, V> field, Supplier<V> value) {
        void into(Values values) {
            values.put(field, value.get());
        }
    }

    SheetForm(FormGrid form, S shown) {
        this.form = form;
        this.shown = shown;
    }

    TextArea area(String labelKey, Field<S, String> field, int rows) {
        TextArea area = form.area(labelKey, field.get(shown), rows);
        controls.add(new Control<>(field, area::getText));
        return area;
    }

    TextField text(String labelKey, Field<S, String> field) {
        TextField text = form.text(labelKey, field.get(shown));
        controls.add(new Control<>(field, text::getText));
        return text;
    }

    CheckBox check(String textKey, Field<S, Boolean> field) {
        CheckBox box = form.check(textKey, field.get(shown));
        controls.add(new Control<>(field, box::isSelected));
        return box;
    }

    ValidatedField<Optional<LocalDate>> date(String labelKey, Field<S, Optional<LocalDate>> field) {
        ValidatedField<Optional<LocalDate>> date = form.date(labelKey, field.get(shown));
        controls.add(new Control<>(field, date::value));
        return date;
    }

    /** A choice among the enumeration's values, or {@code noneText} for none. */
    <E extends Enum<E>> ComboBox<Option<E>> choice(String labelKey, Field<S, Optional<E>> field, Class<E> type,
                                                   String noneText) {
        ComboBox<Option<E>> box = form.choice(labelKey, EnumNames.all(type), field.get(shown).orElse(null),
                EnumNames::of, noneText);
        controls.add(new Control<>(field, () -> Optional.ofNullable(box.getValue().value())));
        return box;
    }

    /** The record as the controls show it; {@code others} gives the fields that have none here (its lists). */
    S record(Sheet<S> sheet, S others) {
        Values values = new Values();
        for (Field<S, ?> field : sheet.fields()) {
            values.putChecked(field, field.get(others));
        }
        controls.forEach(control -> control.into(values));
        return sheet.build(values);
    }
}
