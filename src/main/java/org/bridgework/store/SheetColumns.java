package org.bridgework.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.fields.Field;
import org.bridgework.fields.Kind;
import org.bridgework.fields.Sheet;
import org.bridgework.fields.Values;

/**
 * The columns of a record described by a {@link Sheet}: the fields it keeps in its own row
 * ({@link org.bridgework.fields.Kind#inRow()}), a nested record's spread over the same row under its prefix.
 * What the row does not hold (its lists) the caller reads by hand and passes in, before the record is built.
 */
final class SheetColumns {
    private SheetColumns() {
    }

    /** The row's column names, in the order {@link #binder} binds them. */
    static String[] names(Sheet<?> sheet) {
        return sheet.columns().toArray(String[]::new);
    }

    static <S> Parameters.Binder<S> binder(Sheet<S> sheet) {
        return (parameters, value) -> bind(parameters, sheet, value);
    }

    private static <S> void bind(Parameters p, Sheet<S> sheet, S value) throws SQLException {
        for (Field<S, ?> field : sheet.fields()) {
            Object v = field.get(value);
            switch (field.kind()) {
                case TEXT -> p.text((String) v);
                case FLAG -> p.flag((Boolean) v);
                case RATING -> p.number((OptionalInt) v);
                case NUMBER -> p.number((Integer) v);
                case AMOUNT -> p.amount(((Optional<?>) v).map(BigDecimal.class::cast));
                case DATE -> p.date(((Optional<?>) v).map(LocalDate.class::cast));
                case DAY -> p.date((LocalDate) v);
                case CHOICE -> p.word(((Optional<?>) v).map(e -> (Enum<?>) e));
                case WORD -> p.word((Enum<?>) v);
                case SHEET -> bind(p, field.nested(), v);
                default -> {
                    // kept in a table of its own, written by the caller
                }
            }
        }
    }

    /**
     * The record with only what its row holds, the rest (its lists) blank: two records whose row parts are
     * equal need no write of the row.
     */
    static <S> S rowPart(Sheet<S> sheet, S value) {
        Values values = new Values();
        for (Field<S, ?> field : sheet.fields()) {
            if (field.kind() == Kind.SHEET) {
                values.putChecked(field, rowPart(field.nested(), field.get(value)));
            } else {
                values.putChecked(field, field.get(field.kind().inRow() ? value : sheet.blank()));
            }
        }
        return sheet.build(values);
    }

    /** The record in {@code row}, with {@code given} holding the fields not in the row. */
    static <S> S read(ResultSet row, Sheet<S> sheet, Values given) throws SQLException {
        return read(row, sheet, given, "");
    }

    private static <S> S read(ResultSet row, Sheet<S> sheet, Values given, String prefix) throws SQLException {
        Values values = given.inner();
        for (Field<S, ?> field : sheet.fields()) {
            if (field.kind() == Kind.SHEET) {
                values.putChecked(field, read(row, field.nested(), values, prefix + field.column()));
            } else if (field.kind().inRow()) {
                values.putChecked(field, column(row, field, prefix + field.column()));
            }
        }
        return sheet.build(values);
    }

    /** The record when it has no row yet: its blank fields, with {@code given} holding the fields not in the row. */
    static <S> S absent(Sheet<S> sheet, Values given) {
        Values values = given.inner();
        for (Field<S, ?> field : sheet.fields()) {
            if (field.kind() == Kind.SHEET) {
                values.putChecked(field, absent(field.nested(), values));
            } else if (field.kind().inRow()) {
                values.putChecked(field, field.get(sheet.blank()));
            }
        }
        return sheet.build(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the enumeration types come from the typed factories of Field
    private static Object column(ResultSet row, Field<?, ?> field, String column) throws SQLException {
        Class type = field.type();
        return switch (field.kind()) {
            case TEXT -> Columns.text(row, column);
            case FLAG -> Columns.flag(row, column);
            case RATING -> Columns.optionalNumber(row, column);
            case NUMBER -> Columns.number(row, column);
            case AMOUNT -> Columns.amount(row, column);
            case DATE -> Columns.optionalDate(row, column);
            case DAY -> Columns.date(row, column);
            case CHOICE -> Columns.optionalWord(row, column, type);
            case WORD -> Columns.word(row, column, type);
            default -> throw new IllegalArgumentException(field + " is not kept in a column");
        };
    }
}
