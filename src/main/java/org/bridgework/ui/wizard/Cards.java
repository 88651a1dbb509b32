package org.bridgework.ui.wizard;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.bridgework.ui.form.FormGrid;
import org.bridgework.ui.form.ListSection;

/** Helpers for the cards of list sections. */
final class Cards {
    private Cards() {
    }

    /** A card whose value is composed from its form each time it is asked for. */
    static <T> ListSection.Card<T> of(FormGrid form, Node firstField, Supplier<T> value) {
        return new ListSection.Card<>() {
            @Override
            public Node view() {
                return form;
            }

            @Override
            public T value() {
                return value.get();
            }

            @Override
            public Node firstField() {
                return firstField;
            }
        };
    }

    /** Entries with an optional date first by date, undated last, keeping the order of equals. */
    static <T> Comparator<T> byDate(Function<T, java.util.Optional<java.time.LocalDate>> date) {
        return Comparator.comparing(entry -> date.apply(entry).orElse(java.time.LocalDate.MAX));
    }
}
