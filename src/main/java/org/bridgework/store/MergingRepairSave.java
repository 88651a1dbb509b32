package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.model.team.RecordPath;
import org.bridgework.model.team.RepairMerge;
import org.bridgework.model.team.TextConflict;

/**
 * The window's save of a repair in a team workbook, where others save the same repair at once. It sends only what
 * this window changed since the repair it started from (the last one it read or sent): in one transaction at
 * REPEATABLE READ it reads what is stored now, merges ({@link RepairMerge}) and writes the rows that differ from
 * it. If anyone else's transaction changed one of those rows after this one began, the server refuses (SQLSTATE
 * 40001, the same optimistic check as {@code UPDATE … WHERE row_version = ?}, done by the server for every row)
 * and the whole save is tried again. A text both changed stays theirs on the server; mine is kept in
 * {@code text_conflict} and returned, for the person to settle ({@link #settle}).
 */
final class MergingRepairSave {
    /** Each retry means another save got in first; this many in a row means the repair is too busy for now. */
    private static final int ATTEMPTS = 50;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private final RepairCaseRepository repairs;
    private final Connection connection;
    private final WorkbookWrites writes;

    MergingRepairSave(RepairCaseRepository repairs, Connection connection, WorkbookWrites writes) {
        this.repairs = repairs;
        this.connection = connection;
        this.writes = writes;
    }

    RepairMerge.Result save(RepairCase mine, Optional<StoredRepair> base) {
        long id = mine.relationshipId();
        String whatFailed = "Could not save the repair of relationship " + id;
        RepairMerge.Result saved = refusedPlainly(whatFailed, id, () -> retried(whatFailed, () -> {
            Optional<StoredRepair> theirs = repairs.exists(id) ? repairs.readRows(id, Optional.empty()) : Optional.empty();
            if (theirs.isEmpty()) {
                repairs.writeRows(mine, null);
                return new RepairMerge.Result(mine, List.of());
            }
            RepairCase from = base.map(StoredRepair::repair).orElse(theirs.get().repair());
            RepairMerge.Result merge = RepairMerge.of(from, mine, theirs.get().repair(), lastChange(id));
            repairs.writeRows(merge.merged(), theirs.get());
            keep(id, merge.conflicts());
            return merge;
        }));
        // What this window sent is the base of its next save: a text it left as it was is theirs to change.
        repairs.rememberSent(new StoredRepair(mine, new ListPositions()));
        return saved;
    }

    Optional<TextConflict> settle(long id, TextConflict conflict, String text, Optional<StoredRepair> base) {
        Optional<TextConflict> newer = retried("Could not save the chosen text", () -> {
            StoredRepair theirs = repairs.readRows(id, Optional.empty()).orElseThrow(
                    () -> new SQLException("the repair of relationship " + id + " is no longer stored"));
            String now = RecordPath.text(theirs.repair(), conflict.field(), conflict.entry());
            if (!now.equals(conflict.theirs()) && !now.equals(text)) {
                return Optional.of(new TextConflict(conflict.field(), conflict.entry(), conflict.theirs(), now, text,
                        lastChange(id)));
            }
            repairs.writeRows(RecordPath.withText(theirs.repair(), conflict.field(), conflict.entry(), text), theirs);
            TextRow.settle(connection, id, conflict.field(), conflict.entry());
            return Optional.<TextConflict>empty();
        });
        if (newer.isEmpty() && base.isPresent()) {
            RepairCase settled = RecordPath.withText(base.get().repair(), conflict.field(), conflict.entry(), text);
            repairs.rememberSent(new StoredRepair(settled, new ListPositions()));
        }
        return newer;
    }

    /** The conflicts kept for the repair that name a text of it as the window does ({@code understanding.rootCause}). */
    List<TextConflict> unsettled(long id) {
        return Transactions.inTransaction(connection, "Could not read the texts still to be settled", () -> {
            Optional<StoredRepair> stored = repairs.readRows(id, Optional.empty());
            return stored.isEmpty() ? List.<TextConflict>of() : TextRow.kept(connection, id).stream()
                    .filter(c -> RecordPath.names(stored.get().repair(), c.field(), c.entry())).toList();
        });
    }

    private void keep(long id, List<TextConflict> conflicts) throws SQLException {
        if (conflicts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO text_conflict (relationship_id,"
                + " table_name, column_name, row_key, base_text, their_text, refused_text, refused_by, refused_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, session_user, now())")) {
            for (TextConflict conflict : conflicts) {
                int dot = conflict.field().indexOf('.');
                insert.setLong(1, id);
                insert.setString(2, conflict.field().substring(0, dot));
                insert.setString(3, conflict.field().substring(dot + 1));
                insert.setString(4, conflict.entry());
                WellFormedText.bind(insert, 5, conflict.base());
                WellFormedText.bind(insert, 6, conflict.theirs());
                WellFormedText.bind(insert, 7, conflict.mine());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Optional<ChangeStamp> lastChange(long id) {
        return new TeamChangeStamps(connection).lastChange(id);
    }

    /** A save the server refused for want of the right to edit is a {@link NotPermittedException}. */
    private static <T> T refusedPlainly(String whatFailed, long id, java.util.function.Supplier<T> save) {
        try {
            return save.get();
        } catch (StoreException e) {
            throw NotPermittedException.ifRefused(e, whatFailed, id);
        }
    }

    /** Runs {@code work} in one REPEATABLE READ transaction, again while the server says another got in first. */
    private <T> T retried(String whatFailed, Transactions.SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    return writes.write(whatFailed, work);
                } finally {
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
            } catch (StoreException e) {
                if (attempt >= ATTEMPTS || !anotherGotInFirst(e)) {
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(whatFailed, ServerProblems.diagnose(e), e);
            }
        }
    }

    private static boolean anotherGotInFirst(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || DEADLOCK.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
