package org.bridgework.ui.wizard;

import javafx.scene.Node;
import org.bridgework.fields.OwnFields;
import org.bridgework.model.repair.FaultFinding;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.FormGrid;

/**
 * Step 3: what we did or failed to do, what we will change, who speaks for us; and whether the facts show we
 * were at fault, the facts we can show them, and when they will have them if not yet known.
 */
final class OwnWorksheet implements Worksheet {
    private final FormGrid form;
    private final SheetForm<Ownership> fields;

    OwnWorksheet(RepairCase repair, Runnable onEdit) {
        form = new FormGrid(onEdit);
        fields = new SheetForm<>(form, repair.ownership());
        fields.area("own.whatWeDid", OwnFields.WHAT_WE_DID, 5);
        fields.area("own.whatWeWillChange", OwnFields.WHAT_WE_WILL_CHANGE, 5);
        fields.text("own.spokesperson", OwnFields.SPOKESPERSON);
        // The integrity branch: what the facts show decides between an apology and a plain denial.
        form.wide(AssessWorksheet.heading("own.facts"));
        fields.choice("own.faultFinding", OwnFields.FAULT_FINDING, FaultFinding.class, Texts.get("choice.notYet"));
        fields.area("own.factsForThem", OwnFields.FACTS_FOR_THEM, 3);
        fields.date("own.factsExpectedOn", OwnFields.FACTS_EXPECTED_ON);
    }

    @Override
    public Node view() {
        return form;
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withOwnership(fields.record(OwnFields.SHEET, current.ownership()));
    }
}
