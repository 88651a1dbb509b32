package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;

/**
 * Step 6, apologise and forgive: the {@code reconciliation}, {@code apology_component} and {@code repair_offer}
 * tables.
 */
final class ReconciliationRows {
    private static final SheetTable RECONCILIATION = new SheetTable("reconciliation", "apology_draft",
            "apology_given_on", "apology_channel", "their_response", "what_we_forgive", "how_we_move_on");
    /** Each component at most once: a row is never updated in place, the (small) list is rewritten if it changed. */
    private static final ListTable APOLOGY_COMPONENT = new ListTable("apology_component", "component")
            .rewrittenWhenChanged();
    private static final ListTable REPAIR_OFFER = new ListTable("repair_offer", "offer");

    private ReconciliationRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(RECONCILIATION, ReconciliationRows::sheet, repair, (p, r) -> p.text(r.apology().draft())
                .date(r.apology().givenOn()).word(r.apology().channel()).text(r.apology().theirResponse())
                .text(r.forgiveness().whatWeForgive()).text(r.forgiveness().howWeMoveOn()));
        // The ticked components are a set; listing them in the order an apology says them makes the rows stable.
        write.list(APOLOGY_COMPONENT, r -> r.reconciliation().apology().ticked().stream().sorted().toList(), repair,
                Parameters::word);
        write.list(REPAIR_OFFER, r -> r.reconciliation().apology().offers(), repair, (p, o) -> p.text(o.text()));
    }

    /** The fields of the {@code reconciliation} row: the worksheet without its lists. */
    private static Reconciliation sheet(RepairCase repair) {
        Reconciliation r = repair.reconciliation();
        Apology a = r.apology();
        return new Reconciliation(new Apology(a.draft(), null, null, a.givenOn(), a.channel(), a.theirResponse()),
                r.forgiveness());
    }

    static Reconciliation read(Connection connection, long relationshipId, ListPositions found) throws SQLException {
        List<ApologyComponent> ticked = APOLOGY_COMPONENT.read(connection, relationshipId,
                row -> Columns.word(row, "component", ApologyComponent.class), found);
        List<RepairOffer> offers = REPAIR_OFFER.read(connection, relationshipId,
                row -> new RepairOffer(Columns.text(row, "offer")), found);
        return RECONCILIATION.read(connection, relationshipId, row -> new Reconciliation(
                new Apology(Columns.text(row, "apology_draft"), Set.copyOf(ticked), offers,
                        Columns.optionalDate(row, "apology_given_on"),
                        Columns.optionalWord(row, "apology_channel", Channel.class),
                        Columns.text(row, "their_response")),
                new Forgiveness(Columns.text(row, "what_we_forgive"), Columns.text(row, "how_we_move_on"))))
                .orElse(new Reconciliation(new Apology("", Set.copyOf(ticked), offers, null, null, ""), null));
    }
}
