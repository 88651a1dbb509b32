package org.bridgework.ui.wizard;

import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/** A step in the step list: its number or a tick when complete, and its short name. */
final class StepCell extends ListCell<RepairStep> {
    private final Supplier<Set<RepairStep>> completed;

    StepCell(Supplier<Set<RepairStep>> completed) {
        this.completed = completed;
        getStyleClass().add("step-cell");
    }

    @Override
    protected void updateItem(RepairStep step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        boolean done = completed.get().contains(step);
        setText(Texts.guidance("guidance." + step.name() + ".title"));
        Label mark = new Label(done ? "" : String.valueOf(step.number()));
        if (done) {
            mark.setGraphic(Icons.of(Feather.CHECK));
        }
        mark.getStyleClass().setAll("label", "step-mark", done ? "step-done" : "step-open");
        setGraphic(mark);
        setAccessibleText(Texts.get(done ? "wizard.step.doneAccessible" : "wizard.step.openAccessible",
                step.number(), getText()));
    }
}
