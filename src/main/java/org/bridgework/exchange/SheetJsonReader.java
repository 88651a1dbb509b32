package org.bridgework.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgework.fields.Field;
import org.bridgework.fields.Sheet;
import org.bridgework.fields.Values;

/**
 * Reads a record described by a {@link Sheet} from a JSON object, checking every field as {@link JsonFields}
 * does: a value of the wrong kind, a word the enumeration does not have or an unknown field in a nested
 * object refuses the file. A field left out reads as blank, except what must be given: a {@code NUMBER}, a
 * {@code DAY}, a {@code WORD} with no value to fall back on, a required {@code SHEET}.
 */
final class SheetJsonReader {
    private SheetJsonReader() {
    }

    /** The record from {@code f}'s fields; the caller checks {@code f} for unknown fields ({@link JsonFields#done()}). */
    static <S> S read(JsonFields f, Sheet<S> sheet) throws ExchangeException {
        Values values = new Values();
        for (Field<S, ?> field : sheet.fields()) {
            values.putChecked(field, value(f, field));
        }
        return sheet.build(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the enumeration types come from the typed factories of Field
    private static Object value(JsonFields f, Field<?, ?> field) throws ExchangeException {
        String name = field.json();
        Class type = field.type();
        return switch (field.kind()) {
            case TEXT -> f.text(name);
            case FLAG -> f.flag(name);
            case RATING -> f.optionalNumber(name);
            case NUMBER -> f.number(name);
            case AMOUNT -> f.amount(name);
            case DATE -> f.optionalDate(name);
            case DAY -> f.date(name);
            case CHOICE -> f.optionalWord(name, type);
            case WORD -> field.orElse() == null ? f.word(name, type) : f.word(name, type, (Enum) field.orElse());
            case TEXTS -> f.texts(name, field.entry());
            case WORDS -> f.words(name, field.entry(), type);
            case SHEET -> nested(field.required() ? Optional.of(f.object(name)) : f.optionalObject(name), field.nested())
                    .orElseGet(() -> field.nested().blank());
            case MAYBE_SHEET -> nested(f.optionalObject(name), field.nested());
            case LIST -> {
                List<Object> entries = new ArrayList<>();
                for (JsonFields entry : f.objects(name, field.entry())) {
                    entries.add(nested(Optional.of(entry), field.nested()).orElseThrow());
                }
                yield entries;
            }
        };
    }

    /** A nested object's record, its fields checked once read; empty if left out or null. */
    private static <T> Optional<T> nested(Optional<JsonFields> fields, Sheet<T> sheet) throws ExchangeException {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        T value = read(fields.get(), sheet);
        fields.get().done();
        return Optional.of(value);
    }
}
