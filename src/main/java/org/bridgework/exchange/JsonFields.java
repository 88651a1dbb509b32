package org.bridgework.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgework.text.Texts;

/**
 * The fields of one JSON object of an import file, read in the file's conventions (docs/exchange-format.md).
 * Each reader says whether the field is required; a field left out takes its empty value ("" for text,
 * false, an empty list, or nothing). A value of the wrong kind is refused, saying where it is. {@link #done()}
 * refuses any field that was not read, so a misspelt name is never silently dropped.
 */
final class JsonFields {
    private final Path file;
    private final Map<String, Object> fields;
    private final Where where;
    private final Set<String> read = new HashSet<>();

    private JsonFields(Path file, Map<String, Object> fields, Where where) {
        this.file = file;
        this.fields = fields;
        this.where = where;
    }

    private JsonFields(JsonFields same, Where where) {
        this(same.file, same.fields, where);
        read.addAll(same.read);
    }

    /** The object {@code value}, which is at {@code where}; refused if it is not an object. */
    static JsonFields of(Path file, Object value, Where where) throws ExchangeException {
        if (!(value instanceof Map<?, ?> map)) {
            throw refusal(file, where, Texts.get("exchange.value.notObject", kind(value)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return new JsonFields(file, fields, where);
    }

    Where where() {
        return where;
    }

    /** The same fields, named in messages with {@code name} added (a relationship, once its name is read). */
    JsonFields named(String name) {
        return new JsonFields(this, where.named(name));
    }

    /** True if the field is there (even as null). */
    boolean has(String name) {
        return fields.containsKey(name);
    }

    // ---- Text and true/false

    String text(String name) throws ExchangeException {
        Object value = optional(name);
        if (value == null && !fields.containsKey(name)) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        throw refusal(name, Texts.get("exchange.value.notText", kind(value)));
    }

    String requiredText(String name) throws ExchangeException {
        required(name);
        return text(name);
    }

    Optional<String> optionalText(String name) throws ExchangeException {
        Object value = optional(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw refusal(name, Texts.get("exchange.value.notText", kind(value)));
    }

    boolean flag(String name) throws ExchangeException {
        Object value = optional(name);
        if (value == null && !fields.containsKey(name)) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw refusal(name, Texts.get("exchange.value.notFlag", kind(value)));
    }

    // ---- Numbers

    int number(String name) throws ExchangeException {
        required(name);
        return optionalNumber(name).orElseThrow(() -> refusal(name, Texts.get("exchange.value.null")));
    }

    OptionalInt optionalNumber(String name) throws ExchangeException {
        Object value = optional(name);
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value instanceof BigInteger whole && whole.bitLength() < Integer.SIZE) {
            return OptionalInt.of(whole.intValue());
        }
        throw refusal(name, Texts.get("exchange.value.notNumber", shown(value)));
    }

    /** An amount of money: written as text in the file, so that no reader turns it into floating point. */
    Optional<BigDecimal> amount(String name) throws ExchangeException {
        Object value = optional(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            return Optional.of(new BigDecimal(value.toString()));
        }
        if (value instanceof String text) {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                throw refusal(name, Texts.get("exchange.value.notAmount", text));
            }
        }
        throw refusal(name, Texts.get("exchange.value.amountKind", kind(value)));
    }

    // ---- Dates, times and words

    LocalDate date(String name) throws ExchangeException {
        required(name);
        return optionalDate(name).orElseThrow(() -> refusal(name, Texts.get("exchange.value.null")));
    }

    Optional<LocalDate> optionalDate(String name) throws ExchangeException {
        Optional<String> text = optionalText(name);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw refusal(name, Texts.get("exchange.value.notDate", text.get()));
        }
    }

    Instant time(String name) throws ExchangeException {
        required(name);
        Optional<String> text = optionalText(name);
        if (text.isEmpty()) {
            throw refusal(name, Texts.get("exchange.value.null"));
        }
        try {
            return Instant.parse(text.get());
        } catch (DateTimeParseException e) {
            throw refusal(name, Texts.get("exchange.value.notTime", text.get()));
        }
    }

    <E extends Enum<E>> E word(String name, Class<E> type) throws ExchangeException {
        required(name);
        return optionalWord(name, type).orElseThrow(() -> refusal(name, Texts.get("exchange.value.null")));
    }

    <E extends Enum<E>> E word(String name, Class<E> type, E ifLeftOut) throws ExchangeException {
        return fields.containsKey(name) ? word(name, type) : ifLeftOut;
    }

    <E extends Enum<E>> Optional<E> optionalWord(String name, Class<E> type) throws ExchangeException {
        Optional<String> text = optionalText(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (ExchangeFormat.word(constant).equals(text.get())) {
                return Optional.of(constant);
            }
        }
        throw refusal(name, notWord(text.get(), type));
    }

    // ---- Nested objects and lists

    /** A nested object, or empty if left out or null. */
    Optional<JsonFields> optionalObject(String name) throws ExchangeException {
        Object value = optional(name);
        return value == null ? Optional.empty() : Optional.of(of(file, value, where.field(name)));
    }

    JsonFields object(String name) throws ExchangeException {
        required(name);
        return optionalObject(name).orElseThrow(() -> refusal(name, Texts.get("exchange.value.null")));
    }

    /** A list of objects, each named in messages by {@code entryKey} and its number. */
    List<JsonFields> objects(String name, String entryKey) throws ExchangeException {
        List<Object> values = list(name);
        List<JsonFields> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            result.add(of(file, values.get(i), where.entry(entryKey, i + 1)));
        }
        return result;
    }

    /** A list of text, each entry named in messages by {@code entryKey} and its number. */
    List<String> texts(String name, String entryKey) throws ExchangeException {
        List<Object> values = list(name);
        List<String> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof String text)) {
                throw refusal(file, where.entry(entryKey, i + 1), Texts.get("exchange.value.notText", kind(values.get(i))));
            }
            result.add(text);
        }
        return result;
    }

    /**
     * Some values of an enumeration, written as a list of words: each entry, named in messages by
     * {@code entryKey} and its number, must be one of its words, and none may come twice.
     */
    <E extends Enum<E>> Set<E> words(String name, String entryKey, Class<E> type) throws ExchangeException {
        List<String> given = texts(name, entryKey);
        Set<E> result = EnumSet.noneOf(type);
        for (int i = 0; i < given.size(); i++) {
            String word = given.get(i);
            int number = i + 1;
            E value = Arrays.stream(type.getEnumConstants()).filter(c -> ExchangeFormat.word(c).equals(word))
                    .findFirst().orElseThrow(() -> refusal(file, where.entry(entryKey, number),
                            notWord(word, type)));
            if (!result.add(value)) {
                throw refusal(file, where.entry(entryKey, number), Texts.get("exchange.value.twice", word));
            }
        }
        return result;
    }

    /** Refuses any field that was not read: it would be lost without a word. */
    void done() throws ExchangeException {
        for (String name : fields.keySet()) {
            if (!read.contains(name)) {
                throw refusal(name, Texts.get("exchange.value.unknown"));
            }
        }
    }

    /** A refusal of the value of field {@code name} here. */
    ExchangeException refusal(String name, String what) {
        return refusal(file, where.field(name), what);
    }

    static ExchangeException refusal(Path file, Where where, String what) {
        String at = where.toString();
        return new ExchangeException(file, at.isEmpty() ? what : Texts.get("exchange.reason.value", at, what));
    }

    // ---- Internals

    private List<Object> list(String name) throws ExchangeException {
        Object value = optional(name);
        if (value == null && !fields.containsKey(name)) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw refusal(name, Texts.get("exchange.value.notList", kind(value)));
    }

    private Object optional(String name) {
        read.add(name);
        return fields.get(name);
    }

    private void required(String name) throws ExchangeException {
        read.add(name);
        if (!fields.containsKey(name)) {
            throw refusal(name, Texts.get("exchange.value.missing"));
        }
    }

    static <E extends Enum<E>> String notWord(String given, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(ExchangeFormat::word)
                .collect(Collectors.joining(", "));
        return Texts.get("exchange.value.notWord", given, allowed);
    }

    /** A number or text as the file shows it, anything else by its kind, for a message. */
    private static String shown(Object value) {
        if (value instanceof String text) {
            return "\u201c" + text + "\u201d";
        }
        return value instanceof BigInteger || value instanceof BigDecimal ? value.toString() : kind(value);
    }

    /** What kind of JSON value it is, in words. */
    private static String kind(Object value) {
        String key;
        if (value == null) {
            key = "null";
        } else if (value instanceof String) {
            key = "text";
        } else if (value instanceof Boolean) {
            key = "flag";
        } else if (value instanceof Map) {
            key = "object";
        } else if (value instanceof List) {
            key = "list";
        } else {
            key = "number";
        }
        return Texts.get("exchange.kind." + key);
    }
}
