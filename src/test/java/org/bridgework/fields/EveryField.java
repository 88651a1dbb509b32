package org.bridgework.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Builds a record with every described field filled in, walking its {@link Sheet}: each value differs from
 * the blank one (text and dates also from every other field's), so a field that a reader or writer drops or
 * swaps does not come back equal. Lists get two entries, a set two values.
 */
public final class EveryField {
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 1);
    private int next = 1;

    public <S> S of(Sheet<S> sheet) {
        Values values = new Values();
        for (Field<S, ?> field : sheet.fields()) {
            values.putChecked(field, value(field));
        }
        return sheet.build(values);
    }

    private Object value(Field<?, ?> field) {
        int n = next++;
        return switch (field.kind()) {
            case TEXT -> field.key() + " #" + n;
            case FLAG -> true;
            case RATING -> OptionalInt.of(1 + n % 5);
            case NUMBER -> 1 + n % 5;
            case AMOUNT -> Optional.of(new BigDecimal(n + "000.25"));
            case DATE -> Optional.of(DAY_ONE.plusDays(n));
            case DAY -> DAY_ONE.plusDays(n);
            case CHOICE -> Optional.of(constant(field, n));
            case WORD -> constant(field, n);
            case TEXTS -> List.of(field.key() + " #" + n + " a", field.key() + " #" + n + " b");
            case WORDS -> Set.of(constant(field, n), constant(field, n + 1));
            case SHEET -> of(field.nested());
            case MAYBE_SHEET -> Optional.of(of(field.nested()));
            case LIST -> List.of(of(field.nested()), of(field.nested()));
        };
    }

    /** One of the enumeration's values, never the one an export file falls back on when the field is left out. */
    private static Enum<?> constant(Field<?, ?> field, int n) {
        List<Object> candidates = Arrays.stream(field.type().getEnumConstants())
                .filter(c -> c != field.orElse()).map(Object.class::cast).toList();
        return (Enum<?>) candidates.get(n % candidates.size());
    }
}
