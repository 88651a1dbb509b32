package org.bridgework.ui.wizard;

import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * A step in the step list: its number or a tick when complete, and its short name. The name wraps within the
 * list's width (large text, View → Zoom) rather than run past its edge: the cell asks for no width of its own
 * and is as tall as its wrapped name.
 */
final class StepCell extends ListCell<RepairStep> {
    private final Supplier<Set<RepairStep>> completed;
    private final Label mark = new Label();
    private final Label name = new Label();
    private final HBox row = new HBox(10, mark, name);

    StepCell(Supplier<Set<RepairStep>> completed) {
        this.completed = completed;
        getStyleClass().add("step-cell");
        name.setWrapText(true);
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        mark.setMinWidth(Label.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        return row.prefHeight(width - insets.getLeft() - insets.getRight()) + insets.getTop() + insets.getBottom();
    }

    @Override
    protected void updateItem(RepairStep step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        boolean done = completed.get().contains(step);
        // The text stays set (not drawn) for what reads a cell's text; the row shows it.
        setText(Texts.guidance("guidance." + step.name() + ".title"));
        name.setText(getText());
        mark.setText(done ? "" : String.valueOf(step.number()));
        mark.setGraphic(done ? Icons.of(Feather.CHECK) : null);
        mark.getStyleClass().setAll("label", "step-mark", done ? "step-done" : "step-open");
        setGraphic(row);
        setAccessibleText(Texts.get(done ? "wizard.step.doneAccessible" : "wizard.step.openAccessible",
                step.number(), getText()));
    }
}
