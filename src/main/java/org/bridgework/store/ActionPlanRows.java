package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;

/** Step 7, act: the {@code commitment} table. */
final class ActionPlanRows {
    private static final ListTable COMMITMENT = new ListTable("commitment", "what", "owner", "due_on",
            "measure_of_success", "status", "completed_on", "evidence", "beyond_what_was_asked", "kind")
            .dated(DatedEntries.COMMITMENT);

    private ActionPlanRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.list(COMMITMENT, r -> r.actionPlan().commitments(), repair, (p, c) -> p.text(c.what()).text(c.owner())
                .date(c.due()).text(c.measureOfSuccess()).word(c.status()).date(c.completedOn()).text(c.evidence())
                .flag(c.beyondWhatWasAsked()).word(c.kind()));
    }

    /** The plan, with only the commitments due or done on or before {@code through} if given. */
    static ActionPlan read(Connection connection, long relationshipId, Optional<LocalDate> through,
                           ListPositions found) throws SQLException {
        return new ActionPlan(COMMITMENT.read(connection, relationshipId, through, row -> new Commitment(
                Columns.text(row, "what"), Columns.text(row, "owner"), Columns.optionalDate(row, "due_on"),
                Columns.text(row, "measure_of_success"), Columns.word(row, "status", CommitmentStatus.class),
                Columns.optionalDate(row, "completed_on"), Columns.text(row, "evidence"),
                Columns.flag(row, "beyond_what_was_asked"), Columns.optionalWord(row, "kind", CommitmentKind.class)), found));
    }
}
