package org.bridgework.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.ui.form.FormGrid;

/** Step 3: what we did or failed to do, what we will change, who speaks for us. */
final class OwnWorksheet implements Worksheet {
    private final FormGrid form;
    private final TextArea whatWeDid;
    private final TextArea whatWeWillChange;
    private final TextField spokesperson;

    OwnWorksheet(RepairCase repair, Runnable onEdit) {
        Ownership own = repair.ownership();
        form = new FormGrid(onEdit);
        whatWeDid = form.area("own.whatWeDid", own.whatWeDid(), 5);
        whatWeWillChange = form.area("own.whatWeWillChange", own.whatWeWillChange(), 5);
        spokesperson = form.text("own.spokesperson", own.spokesperson());
    }

    @Override
    public Node view() {
        return form;
    }

    @Override
    public RepairCase applyTo(RepairCase current) {
        return current.withOwnership(new Ownership(whatWeDid.getText(), whatWeWillChange.getText(), spokesperson.getText()));
    }
}
