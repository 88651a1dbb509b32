package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.bridgework.fields.PrepareFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.RepairCase;

/** Step 4, prepare: the {@code preparation}, {@code fact} and {@code key_message} tables. */
final class PreparationRows {
    private static final SheetTable PREPARATION = new SheetTable("preparation", PrepareFields.SHEET);
    private static final ListTable FACT = new ListTable("fact", SheetColumns.names(PrepareFields.FACT));
    private static final ListTable KEY_MESSAGE = new ListTable("key_message", "message");

    private PreparationRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(PREPARATION, PrepareFields.SHEET, RepairCase::preparation, repair);
        write.list(FACT, r -> r.preparation().facts(), repair, SheetColumns.binder(PrepareFields.FACT));
        write.list(KEY_MESSAGE, r -> r.preparation().keyMessages(), repair, Parameters::text);
    }


    static Preparation read(Connection connection, long relationshipId, ListPositions found) throws SQLException {
        List<Fact> facts = FACT.read(connection, relationshipId,
                row -> SheetColumns.read(row, PrepareFields.FACT, new Values()), found);
        List<String> keyMessages = KEY_MESSAGE.read(connection, relationshipId, row -> Columns.text(row, "message"), found);
        return PREPARATION.read(connection, relationshipId, PrepareFields.SHEET,
                new Values().put(PrepareFields.FACTS, facts).put(PrepareFields.KEY_MESSAGES, keyMessages));
    }
}
