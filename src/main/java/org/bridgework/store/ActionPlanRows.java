package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.bridgework.fields.ActFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.RepairCase;

/** Step 7, act: the {@code commitment} table. */
final class ActionPlanRows {
    private static final ListTable COMMITMENT = new ListTable("commitment", SheetColumns.names(ActFields.COMMITMENT))
            .dated(DatedEntries.COMMITMENT);

    private ActionPlanRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.list(COMMITMENT, r -> r.actionPlan().commitments(), repair, SheetColumns.binder(ActFields.COMMITMENT));
    }

    /** The plan, with only the commitments due or done on or before {@code through} if given. */
    static ActionPlan read(Connection connection, long relationshipId, Optional<LocalDate> through,
                           ListPositions found) throws SQLException {
        return new ActionPlan(COMMITMENT.read(connection, relationshipId, through,
                row -> SheetColumns.read(row, ActFields.COMMITMENT, new Values()), found));
    }
}
