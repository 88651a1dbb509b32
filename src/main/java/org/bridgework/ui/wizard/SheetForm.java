package org.bridgework.ui.wizard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
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
    private final List<Control<S, ?>> controls;

    /** One field's control, and how to read its value (given the record's value before, for a nested form). */
    private record Control<S, V>(Field<S, V> field, Function<S, V> value) {
        void into(Values values, S before) {
            values.put(field, value.apply(before));
        }
    }

    SheetForm(FormGrid form, S shown) {
        this(form, shown, new ArrayList<>());
    }

    private SheetForm(FormGrid form, S shown, List<Control<S, ?>> controls) {
        this.form = form;
        this.shown = shown;
        this.controls = controls;
    }

    /** The same form, adding its next controls to another grid. */
    SheetForm<S> in(FormGrid grid) {
        return new SheetForm<>(grid, shown, controls);
    }

    TextArea area(String labelKey, Field<S, String> field, int rows) {
        TextArea area = form.area(labelKey, field.get(shown), rows);
        controls.add(new Control<>(field, before -> area.getText()));
        return area;
    }

    TextField text(String labelKey, Field<S, String> field) {
        TextField text = form.text(labelKey, field.get(shown));
        controls.add(new Control<>(field, before -> text.getText()));
        return text;
    }

    CheckBox check(String textKey, Field<S, Boolean> field) {
        CheckBox box = form.check(textKey, field.get(shown));
        controls.add(new Control<>(field, before -> box.isSelected()));
        return box;
    }

    ValidatedField<Optional<LocalDate>> date(String labelKey, Field<S, Optional<LocalDate>> field) {
        return validated(field, form.date(labelKey, field.get(shown)));
    }

    /** A choice among the enumeration's values, or {@code noneText} for none. */
    <E extends Enum<E>> ComboBox<Option<E>> choice(String labelKey, Field<S, Optional<E>> field, Class<E> type,
                                                   String noneText) {
        ComboBox<Option<E>> box = form.choice(labelKey, EnumNames.all(type), field.get(shown).orElse(null),
                EnumNames::of, noneText);
        controls.add(new Control<>(field, before -> Optional.ofNullable(box.getValue().value())));
        return box;
    }

    /** A choice among the enumeration's values, one of which is always chosen. */
    <E extends Enum<E>> ComboBox<Option<E>> word(String labelKey, Field<S, E> field, Class<E> type) {
        ComboBox<Option<E>> box = form.choice(labelKey, EnumNames.all(type), field.get(shown), EnumNames::of, null);
        controls.add(new Control<>(field, before -> box.getValue().value()));
        return box;
    }

    ValidatedField<OptionalInt> rating(String labelKey, Field<S, OptionalInt> field, int min, int max) {
        return validated(field, form.rating(labelKey, field.get(shown), min, max));
    }

    /** A rating whose lowest and highest numbers mean the words of {@code lowKey} and {@code highKey}. */
    ValidatedField<OptionalInt> rating(String labelKey, Field<S, OptionalInt> field, int min, int max, String lowKey,
                                       String highKey) {
        return validated(field, form.rating(labelKey, field.get(shown), min, max, false, lowKey, highKey));
    }

    ValidatedField<Optional<BigDecimal>> amount(String labelKey, Field<S, Optional<BigDecimal>> field) {
        return validated(field, form.amount(labelKey, field.get(shown)));
    }

    private <V> ValidatedField<V> validated(Field<S, V> field, ValidatedField<V> control) {
        controls.add(new Control<>(field, before -> control.value()));
        return control;
    }

    /** A nested record whose fields have their own form (its controls may be in another grid). */
    <V> void nested(Field<S, V> field, Sheet<V> sheet, SheetForm<V> nested) {
        controls.add(new Control<>(field, before -> nested.record(sheet, field.get(before))));
    }

    /** A field the worksheet reads from controls of its own. */
    <V> void value(Field<S, V> field, Supplier<V> value) {
        controls.add(new Control<>(field, before -> value.get()));
    }

    /** The record as the controls show it; {@code others} gives the fields that have none here (its lists). */
    S record(Sheet<S> sheet, S others) {
        Values values = new Values();
        for (Field<S, ?> field : sheet.fields()) {
            values.putChecked(field, field.get(others));
        }
        controls.forEach(control -> control.into(values, others));
        return sheet.build(values);
    }
}
