package org.bridgework.ui.portfolio;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;

/** One row of the portfolio: the name, the counterpart organisation, and an "Archived" tag. */
final class RelationshipCell extends ListCell<RelationshipItem> {
    private final Label name = new Label();
    private final Label organisation = new Label();
    private final Label step = new Label();
    private final Label archivedTag = new Label(Texts.get("portfolio.archivedTag"));
    private final HBox row;

    RelationshipCell() {
        name.getStyleClass().add("relationship-name");
        organisation.getStyleClass().addAll("relationship-organisation", "text-muted");
        archivedTag.getStyleClass().add("tag");
        step.getStyleClass().addAll("relationship-step", "text-muted", "text-small");
        VBox text = new VBox(2, name, organisation, step);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        row = new HBox(8, text, archivedTag);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("relationship-cell");
    }

    @Override
    protected void updateItem(RelationshipItem item, boolean empty) {
        super.updateItem(item, empty);
        name.textProperty().unbind();
        organisation.textProperty().unbind();
        archivedTag.visibleProperty().unbind();
        step.textProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.textProperty().bind(item.nameProperty());
        organisation.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> item.organisationProperty().get().isBlank() ? Texts.get("portfolio.noOrganisation")
                        : item.organisationProperty().get(), item.organisationProperty()));
        archivedTag.visibleProperty().bind(item.archivedProperty());
        step.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            RepairStep current = item.currentStepProperty().get();
            return current == null ? "" : Texts.get("portfolio.step", current.number(),
                    Texts.guidance("guidance." + current.name() + ".title"));
        }, item.currentStepProperty()));
        archivedTag.managedProperty().bind(archivedTag.visibleProperty());
        setGraphic(row);
        setText(null);
    }
}
