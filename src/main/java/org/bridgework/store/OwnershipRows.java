package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;

/** Step 3, own our part: the {@code ownership} table. */
final class OwnershipRows {
    private static final SheetTable OWNERSHIP = new SheetTable("ownership",
            "what_we_did", "what_we_will_change", "spokesperson");

    private OwnershipRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(OWNERSHIP, RepairCase::ownership, repair,
                (p, o) -> p.text(o.whatWeDid()).text(o.whatWeWillChange()).text(o.spokesperson()));
    }

    static Ownership read(Connection connection, long relationshipId) throws SQLException {
        return OWNERSHIP.read(connection, relationshipId, row -> new Ownership(Columns.text(row, "what_we_did"),
                Columns.text(row, "what_we_will_change"), Columns.text(row, "spokesperson"))).orElse(Ownership.empty());
    }
}
