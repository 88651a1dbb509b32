package org.bridgework.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bridgework.fields.Field;
import org.bridgework.fields.Sheet;

/**
 * Writes a record described by a {@link Sheet} as a JSON object, its fields in the sheet's order, in the
 * file's conventions (docs/exchange-format.md): every field always written, null where a value is not given,
 * words in lower case, days as ISO dates, amounts as text.
 */
final class SheetJsonWriter {
    private final JsonGenerator json;

    SheetJsonWriter(JsonGenerator json) {
        this.json = json;
    }

    /** The record as an object. */
    <S> void object(Sheet<S> sheet, S value) throws IOException {
        json.writeStartObject();
        for (Field<S, ?> field : sheet.fields()) {
            field(field, field.get(value));
        }
        json.writeEndObject();
    }

    private void field(Field<?, ?> field, Object value) throws IOException {
        String name = field.json();
        switch (field.kind()) {
            case TEXT -> json.writeStringField(name, (String) value);
            case FLAG -> json.writeBooleanField(name, (Boolean) value);
            case RATING -> number(name, (OptionalInt) value);
            case NUMBER -> json.writeNumberField(name, (Integer) value);
            // Text, not a JSON number: many programs read JSON numbers as floating point and would lose cents.
            case AMOUNT -> optionalText(name, ((Optional<?>) value).map(a -> ((BigDecimal) a).toPlainString()));
            case DATE -> optionalText(name, ((Optional<?>) value).map(Object::toString));
            case DAY -> date(name, (LocalDate) value);
            case CHOICE -> optionalText(name, ((Optional<?>) value).map(v -> ExchangeFormat.word((Enum<?>) v)));
            case WORD -> word(name, (Enum<?>) value);
            case TEXTS -> texts(name, strings((List<?>) value));
            case WORDS -> words(name, field.type(), (Set<?>) value);
            case SHEET -> {
                json.writeFieldName(name);
                object(field.nested(), value);
            }
            case MAYBE_SHEET -> {
                json.writeFieldName(name);
                Optional<?> present = (Optional<?>) value;
                if (present.isEmpty()) {
                    json.writeNull();
                } else {
                    object(field.nested(), present.get());
                }
            }
            case LIST -> {
                json.writeArrayFieldStart(name);
                for (Object entry : (List<?>) value) {
                    object(field.nested(), entry);
                }
                json.writeEndArray();
            }
        }
    }

    /** The ticked values in the order of their enumeration, so the same set is always written alike. */
    private void words(String name, Class<? extends Enum<?>> type, Set<?> ticked) throws IOException {
        json.writeArrayFieldStart(name);
        for (Enum<?> constant : type.getEnumConstants()) {
            if (ticked.contains(constant)) {
                json.writeString(ExchangeFormat.word(constant));
            }
        }
        json.writeEndArray();
    }

    private static List<String> strings(List<?> values) {
        return values.stream().map(String.class::cast).toList();
    }

    // ---- Values in the file's conventions, also for what is not a repair's field

    private void texts(String name, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private void optionalText(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }

    private void number(String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.getAsInt());
        } else {
            json.writeNullField(name);
        }
    }

    void word(String name, Enum<?> value) throws IOException {
        json.writeStringField(name, ExchangeFormat.word(value));
    }

    void date(String name, LocalDate value) throws IOException {
        json.writeStringField(name, value.toString());
    }
}
