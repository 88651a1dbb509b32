package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.bridgework.fields.ApologiseFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;

/**
 * Step 6, apologise and forgive: the {@code reconciliation}, {@code apology_component} and {@code repair_offer}
 * tables.
 */
final class ReconciliationRows {
    private static final SheetTable RECONCILIATION = new SheetTable("reconciliation", ApologiseFields.SHEET);
    /** Each component at most once: a row is never updated in place, the (small) list is rewritten if it changed. */
    private static final ListTable APOLOGY_COMPONENT = new ListTable("apology_component", "component")
            .rewrittenWhenChanged();
    private static final ListTable REPAIR_OFFER = new ListTable("repair_offer", "offer");

    private ReconciliationRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(RECONCILIATION, ApologiseFields.SHEET, RepairCase::reconciliation, repair);
        // The ticked components are a set; listing them in the order an apology says them makes the rows stable.
        write.list(APOLOGY_COMPONENT, r -> r.reconciliation().apology().ticked().stream().sorted().toList(), repair,
                Parameters::word);
        write.list(REPAIR_OFFER, r -> r.reconciliation().apology().offers(), repair, (p, o) -> p.text(o.text()));
    }


    static Reconciliation read(Connection connection, long relationshipId, ListPositions found) throws SQLException {
        List<ApologyComponent> ticked = APOLOGY_COMPONENT.read(connection, relationshipId,
                row -> Columns.word(row, "component", ApologyComponent.class), found);
        List<String> offers = REPAIR_OFFER.read(connection, relationshipId, row -> Columns.text(row, "offer"), found);
        return RECONCILIATION.read(connection, relationshipId, ApologiseFields.SHEET,
                new Values().put(ApologiseFields.TICKED, Set.copyOf(ticked)).put(ApologiseFields.OFFERS, offers));
    }
}
