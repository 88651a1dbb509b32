package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.bridgework.fields.Sheet;
import org.bridgework.model.repair.RepairCase;

/**
 * One save of a repair's rows, inside the caller's transaction: compared with the repair as stored, a sheet's
 * row is written only if one of its fields changed and a list only as {@link ListChanges} says. Without a
 * stored repair to compare with, every row is written (lists rewritten whole).
 */
final class RepairRowsWrite {
    private final Connection connection;
    private final long relationshipId;
    /** Null: what is stored is not known. */
    private final StoredRepair before;
    private final ListPositions after = new ListPositions();

    RepairRowsWrite(Connection connection, long relationshipId, StoredRepair before) {
        this.connection = connection;
        this.relationshipId = relationshipId;
        this.before = before;
    }

    Connection connection() {
        return connection;
    }

    long relationshipId() {
        return relationshipId;
    }

    /** Writes the sheet's row if {@code part} of the repair differs from the stored one. */
    <S> void sheet(SheetTable table, Function<RepairCase, S> part, RepairCase now, Parameters.Binder<S> binder)
            throws SQLException {
        S value = part.apply(now);
        if (before == null || !part.apply(before.repair()).equals(value)) {
            table.write(connection, relationshipId, value, binder);
        }
    }

    /** Writes the row of the fields {@code sheet} keeps in it if one of them differs from the stored one. */
    <S> void sheet(SheetTable table, Sheet<S> sheet, Function<RepairCase, S> part, RepairCase now)
            throws SQLException {
        sheet(table, r -> SheetColumns.rowPart(sheet, part.apply(r)), now, SheetColumns.binder(sheet));
    }

    /** Writes the rows of the list that changed. */
    <T> void list(ListTable table, Function<RepairCase, List<T>> part, RepairCase now, Parameters.Binder<T> binder)
            throws SQLException {
        apply(table, changes(table, part, now), binder);
    }

    /** What changed in the list, for a caller that writes rows of its own alongside ({@link #apply}). */
    <T> ListChanges<T> changes(ListTable table, Function<RepairCase, List<T>> part, RepairCase now) {
        List<T> entries = part.apply(now);
        return before == null ? ListChanges.rewrite(entries)
                : table.changes(before.positions().of(table), part.apply(before.repair()), entries);
    }

    <T> void apply(ListTable table, ListChanges<T> changes, Parameters.Binder<T> binder) throws SQLException {
        table.apply(connection, relationshipId, changes, binder);
        after.put(table, changes.positionsAfter());
    }

    /** The repair as stored once this write commits. */
    StoredRepair stored(RepairCase now) {
        return new StoredRepair(now, after);
    }
}
