package org.bridgework.fields;

/**
 * What a {@link Field} holds, which decides how the workbook and the export file keep it. The Java type of
 * the value is named for each kind; the factories of {@link Field} make sure the getter returns it.
 */
public enum Kind {
    /** Text, never null: {@code String}. */
    TEXT,
    /** True or false: {@code Boolean}. */
    FLAG,
    /** A whole number that may be left blank, such as a rating: {@code OptionalInt}. */
    RATING,
    /** A whole number always given: {@code Integer}. */
    NUMBER,
    /** An exact amount of money that may be left blank: {@code Optional<BigDecimal>}. */
    AMOUNT,
    /** A day that may be left blank: {@code Optional<LocalDate>}. */
    DATE,
    /** A day always given: {@code LocalDate}. */
    DAY,
    /** One value of an enumeration, or none: {@code Optional<E>}. */
    CHOICE,
    /** One value of an enumeration, always given: {@code E}. */
    WORD,
    /** A list of text: {@code List<String>}. */
    TEXTS,
    /** Some values of an enumeration, each at most once: {@code Set<E>}. */
    WORDS,
    /** A record described by a {@link Sheet} of its own, always there. */
    SHEET,
    /** Such a record, or none: {@code Optional<V>}. */
    MAYBE_SHEET,
    /** A list of such records: {@code List<V>}. */
    LIST;

    /**
     * True for a value kept in a column of its record's own row (a {@link #SHEET}'s fields are spread over
     * that row's columns). The workbook keeps the other kinds in tables of their own, read and written by hand.
     */
    public boolean inRow() {
        return switch (this) {
            case TEXTS, WORDS, MAYBE_SHEET, LIST -> false;
            default -> true;
        };
    }
}
