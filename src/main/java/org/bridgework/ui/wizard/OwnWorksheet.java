package org.bridgework.ui.wizard;

import javafx.scene.Node;
import org.bridgework.fields.OwnFields;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.ui.form.FormGrid;

/** Step 3: what we did or failed to do, what we will change, who speaks for us. */
final class OwnWorksheet implements Worksheet {
    private final FormGrid form;
    private final SheetForm<Ownership> fields;

    OwnWorksheet(RepairCase repair, Runnable onEdit) {
        form = new FormGrid(onEdit);
        fields = new SheetForm<>(form, repair.ownership());
        fields.area("own.whatWeDid", OwnFields.WHAT_WE_DID, 5);
        fields.area("own.whatWeWillChange", OwnFields.WHAT_WE_WILL_CHANGE, 5);
        fields.text("own.spokesperson", OwnFields.SPOKESPERSON);
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
