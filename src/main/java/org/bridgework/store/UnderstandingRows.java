package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.fields.UnderstandFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Understanding;

/** Step 2, understand: the {@code understanding} and {@code incident} tables. */
final class UnderstandingRows {
    private static final SheetTable UNDERSTANDING = new SheetTable("understanding", UnderstandFields.SHEET);
    private static final ListTable INCIDENT = new ListTable("incident", SheetColumns.names(UnderstandFields.INCIDENT))
            .dated(DatedEntries.INCIDENT);

    private UnderstandingRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(UNDERSTANDING, UnderstandFields.SHEET, RepairCase::understanding, repair);
        write.list(INCIDENT, r -> r.understanding().incidents(), repair, SheetColumns.binder(UnderstandFields.INCIDENT));
    }

    /** The worksheet, with only the incidents dated on or before {@code through} if given. */
    static Understanding read(Connection connection, long relationshipId, Optional<LocalDate> through,
                              ListPositions found) throws SQLException {
        List<Incident> incidents = INCIDENT.read(connection, relationshipId, through,
                row -> SheetColumns.read(row, UnderstandFields.INCIDENT, new Values()), found);
        return UNDERSTANDING.read(connection, relationshipId, UnderstandFields.SHEET,
                new Values().put(UnderstandFields.INCIDENTS, incidents));
    }
}
