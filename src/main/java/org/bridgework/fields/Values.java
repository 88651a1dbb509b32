package org.bridgework.fields;

import java.util.Arrays;

/**
 * The values read for one record, field by field, from which its {@link Sheet} builds it. Asking for a field
 * that was not read fails at once, so a field described but forgotten by a reader cannot turn silently blank.
 * A nested record's values ({@link #inner()}) also see their parent's, where a caller puts what it reads by
 * hand (e.g. the workbook's lists) before the generic reading starts. A record has a handful of fields and
 * a long list builds one per entry, so they are kept in two small arrays and found by identity.
 */
public final class Values {
    private final Values outer;
    private Field<?, ?>[] fields = new Field<?, ?>[10];
    private Object[] values = new Object[10];
    private int size;

    public Values() {
        this(null);
    }

    private Values(Values outer) {
        this.outer = outer;
    }

    /** Values for a record inside this one: its own, and this one's where it has none. */
    public Values inner() {
        return new Values(this);
    }

    public <V> Values put(Field<?, V> field, V value) {
        return putChecked(field, value);
    }

    /** For a reader that has checked the value against the field's {@link Kind}. */
    public Values putChecked(Field<?, ?> field, Object value) {
        int at = indexOf(field);
        if (at < 0) {
            if (size == fields.length) {
                fields = Arrays.copyOf(fields, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            at = size++;
            fields[at] = field;
        }
        values[at] = value;
        return this;
    }

    @SuppressWarnings("unchecked") // put and putChecked store only values of the field's type
    public <V> V get(Field<?, V> field) {
        for (Values v = this; v != null; v = v.outer) {
            int at = v.indexOf(field);
            if (at >= 0) {
                return (V) v.values[at];
            }
        }
        throw new IllegalStateException("the field " + field.key() + " was not read");
    }

    private int indexOf(Field<?, ?> field) {
        for (int i = 0; i < size; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }
}
