package org.bridgework.fields;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The values read for one record, field by field, from which its {@link Sheet} builds it. Asking for a field
 * that was not read fails at once, so a field described but forgotten by a reader cannot turn silently blank.
 * A nested record's values ({@link #inner()}) also see their parent's, where a caller puts what it reads by
 * hand (e.g. the workbook's lists) before the generic reading starts.
 */
public final class Values {
    private final Map<Field<?, ?>, Object> values = new IdentityHashMap<>();
    private final Values outer;

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
        values.put(field, value);
        return this;
    }

    /** For a reader that has checked the value against the field's {@link Kind}. */
    public Values putChecked(Field<?, ?> field, Object value) {
        values.put(field, value);
        return this;
    }

    @SuppressWarnings("unchecked") // put and putChecked store only values of the field's type
    public <V> V get(Field<?, V> field) {
        for (Values v = this; v != null; v = v.outer) {
            if (v.values.containsKey(field)) {
                return (V) v.values.get(field);
            }
        }
        throw new IllegalStateException("the field " + field.key() + " was not read");
    }
}
