package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.fields.RebuildFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustCheckIn;

/** Step 8, rebuild: the {@code rebuilding} and {@code trust_check_in} tables. */
final class RebuildingRows {
    private static final SheetTable REBUILDING = new SheetTable("rebuilding", RebuildFields.SHEET);
    /** Ratings are kept exactly as given, out-of-range values included: the rules layer reports those. */
    private static final ListTable TRUST_CHECK_IN = new ListTable("trust_check_in",
            SheetColumns.names(RebuildFields.CHECK_IN)).dated(DatedEntries.CHECK_IN);

    private RebuildingRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(REBUILDING, RebuildFields.SHEET, RepairCase::rebuilding, repair);
        write.list(TRUST_CHECK_IN, r -> r.rebuilding().checkIns(), repair, SheetColumns.binder(RebuildFields.CHECK_IN));
    }

    /** The worksheet, with only the check-ins taken on or before {@code through} if given. */
    static Rebuilding read(Connection connection, long relationshipId, Optional<LocalDate> through,
                           ListPositions found) throws SQLException {
        List<TrustCheckIn> checkIns = TRUST_CHECK_IN.read(connection, relationshipId, through,
                row -> SheetColumns.read(row, RebuildFields.CHECK_IN, new Values()), found);
        return REBUILDING.read(connection, relationshipId, RebuildFields.SHEET,
                new Values().put(RebuildFields.CHECK_INS, checkIns));
    }
}
