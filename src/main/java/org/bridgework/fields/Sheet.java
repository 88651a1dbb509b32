package org.bridgework.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One record of the repair described field by field: its fields in the order the export file writes them,
 * how to build the record from their values, and its blank value (what a part left out of a file or a row
 * missing from the workbook reads as).
 *
 * @param <S> the record
 */
public final class Sheet<S> {
    private final S blank;
    private final Function<Values, S> build;
    private final List<Field<S, ?>> fields;

    private Sheet(S blank, Function<Values, S> build, List<Field<S, ?>> fields) {
        this.blank = blank;
        this.build = Objects.requireNonNull(build, "build");
        this.fields = List.copyOf(fields);
    }

    /** {@code blank} may be null for the entries of a list, which are always given whole. */
    @SafeVarargs
    public static <S> Sheet<S> of(S blank, Function<Values, S> build, Field<S, ?>... fields) {
        return new Sheet<>(blank, build, List.of(fields));
    }

    public List<Field<S, ?>> fields() {
        return fields;
    }

    /**
     * The columns of the workbook row that holds this record: its {@link Kind#inRow()} fields, a nested
     * record's under its prefix, in the order of the fields.
     */
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        columns("", names);
        return names;
    }

    private void columns(String prefix, List<String> names) {
        for (Field<S, ?> field : fields) {
            if (field.kind() == Kind.SHEET) {
                field.nested().columns(prefix + field.column(), names);
            } else if (field.kind().inRow()) {
                names.add(prefix + field.column());
            }
        }
    }

    public S build(Values values) {
        return build.apply(values);
    }

    public S blank() {
        if (blank == null) {
            throw new IllegalStateException("this record has no blank value: it is always given whole");
        }
        return blank;
    }
}
