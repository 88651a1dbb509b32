package org.bridgework.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * One field of a repair record, described once: the record component it reads ({@code key}), what it holds,
 * its column in the workbook and its name in an export file. By default the column is the key in snake case
 * ({@code rootCause} → {@code root_cause}) and the export name is the key; {@link #column} and {@link #json}
 * name the exceptions. A {@link Kind#SHEET}'s column is the prefix of its fields' columns ("" by default).
 *
 * @param <S> the record the field belongs to
 * @param <V> the value, of the Java type its {@link Kind} names
 */
public record Field<S, V>(String key, Kind kind, Function<S, V> getter, String column, String json, String entry,
                          Class<? extends Enum<?>> type, Enum<?> orElse, Sheet<?> sheet, boolean required) {

    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(getter, "getter");
    }

    private static <S, V> Field<S, V> of(String key, Kind kind, Function<S, V> getter, Class<? extends Enum<?>> type,
                                         Sheet<?> sheet) {
        String column = kind == Kind.SHEET ? "" : kind.inRow() ? snakeCase(key) : null;
        return new Field<>(key, kind, getter, column, key, key.endsWith("s") ? key.substring(0, key.length() - 1) : key,
                type, null, sheet, false);
    }

    public static <S> Field<S, String> text(String key, Function<S, String> getter) {
        return of(key, Kind.TEXT, getter, null, null);
    }

    public static <S> Field<S, Boolean> flag(String key, Function<S, Boolean> getter) {
        return of(key, Kind.FLAG, getter, null, null);
    }

    public static <S> Field<S, OptionalInt> rating(String key, Function<S, OptionalInt> getter) {
        return of(key, Kind.RATING, getter, null, null);
    }

    public static <S> Field<S, Integer> number(String key, Function<S, Integer> getter) {
        return of(key, Kind.NUMBER, getter, null, null);
    }

    public static <S> Field<S, Optional<BigDecimal>> amount(String key, Function<S, Optional<BigDecimal>> getter) {
        return of(key, Kind.AMOUNT, getter, null, null);
    }

    public static <S> Field<S, Optional<LocalDate>> date(String key, Function<S, Optional<LocalDate>> getter) {
        return of(key, Kind.DATE, getter, null, null);
    }

    public static <S> Field<S, LocalDate> day(String key, Function<S, LocalDate> getter) {
        return of(key, Kind.DAY, getter, null, null);
    }

    public static <S, E extends Enum<E>> Field<S, Optional<E>> choice(String key, Class<E> type,
                                                                      Function<S, Optional<E>> getter) {
        return of(key, Kind.CHOICE, getter, type, null);
    }

    public static <S, E extends Enum<E>> Field<S, E> word(String key, Class<E> type, Function<S, E> getter) {
        return of(key, Kind.WORD, getter, type, null);
    }

    public static <S> Field<S, List<String>> texts(String key, Function<S, List<String>> getter) {
        return of(key, Kind.TEXTS, getter, null, null);
    }

    public static <S, E extends Enum<E>> Field<S, Set<E>> words(String key, Class<E> type, Function<S, Set<E>> getter) {
        return of(key, Kind.WORDS, getter, type, null);
    }

    public static <S, V> Field<S, V> sheet(String key, Sheet<V> sheet, Function<S, V> getter) {
        return of(key, Kind.SHEET, getter, null, sheet);
    }

    public static <S, V> Field<S, Optional<V>> maybeSheet(String key, Sheet<V> sheet, Function<S, Optional<V>> getter) {
        return of(key, Kind.MAYBE_SHEET, getter, null, sheet);
    }

    public static <S, V> Field<S, List<V>> list(String key, Sheet<V> sheet, Function<S, List<V>> getter) {
        return of(key, Kind.LIST, getter, null, sheet);
    }

    /** The same field in another column (for a {@link Kind#SHEET}: with another prefix). */
    public Field<S, V> column(String name) {
        return new Field<>(key, kind, getter, name, json, entry, type, orElse, sheet, required);
    }

    /** The same field under another name in an export file. */
    public Field<S, V> json(String name) {
        return new Field<>(key, kind, getter, column, name, entry, type, orElse, sheet, required);
    }

    /** The same list, whose entries a refusal of an export file names {@code name} and their number. */
    public Field<S, V> entry(String name) {
        return new Field<>(key, kind, getter, column, json, name, type, orElse, sheet, required);
    }

    /** The same {@link Kind#WORD}, read as {@code value} when an export file leaves it out. */
    public Field<S, V> orElse(V value) {
        return new Field<>(key, kind, getter, column, json, entry, type, (Enum<?>) value, sheet, required);
    }

    /** The same {@link Kind#SHEET}, which an export file must give (by default one left out reads as blank). */
    public Field<S, V> asRequired() {
        return new Field<>(key, kind, getter, column, json, entry, type, orElse, sheet, true);
    }

    public V get(S record) {
        return getter.apply(record);
    }

    /** The value of this field in {@code record}, which must be an {@code S}: for code that walks a sheet's fields. */
    @SuppressWarnings("unchecked")
    public V getFrom(Object record) {
        return getter.apply((S) record);
    }

    @SuppressWarnings("unchecked") // the factories pair SHEET, MAYBE_SHEET and LIST with a sheet of the value
    public <T> Sheet<T> nested() {
        return (Sheet<T>) Objects.requireNonNull(sheet, () -> key + " is not described by a sheet");
    }

    static String snakeCase(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
    }
}
