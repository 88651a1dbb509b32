package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.bridgework.fields.OwnFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;

/** Step 3, own our part: the {@code ownership} table. */
final class OwnershipRows {
    private static final SheetTable OWNERSHIP = new SheetTable("ownership", OwnFields.SHEET);

    private OwnershipRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(OWNERSHIP, OwnFields.SHEET, RepairCase::ownership, repair);
    }

    static Ownership read(Connection connection, long relationshipId) throws SQLException {
        return OWNERSHIP.read(connection, relationshipId, OwnFields.SHEET, new Values());
    }
}
