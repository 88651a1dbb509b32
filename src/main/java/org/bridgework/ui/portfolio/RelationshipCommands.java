package org.bridgework.ui.portfolio;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;

/** The commands on relationships, shared by the menus, the buttons and the keyboard. */
public final class RelationshipCommands {
    private final PortfolioViewModel model;
    private final DialogService dialogs;
    private final Window owner;
    private Runnable startRename = () -> { };

    public RelationshipCommands(PortfolioViewModel model, DialogService dialogs, Window owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** What "Rename" does: the details form puts the cursor in its name field. */
    public void setRenameAction(Runnable action) {
        this.startRename = action;
    }

    public void newRelationship() {
        if (model.loadedProperty().get()) {
            NewRelationshipDialog.ask(owner, model).ifPresent(model::create);
        }
    }

    public void rename() {
        if (model.selectedProperty().get() != null) {
            startRename.run();
        }
    }

    public void toggleArchived() {
        RelationshipItem item = model.selectedProperty().get();
        if (item != null) {
            model.setArchived(item, !item.archivedProperty().get());
        }
    }

    public void delete() {
        RelationshipItem item = model.selectedProperty().get();
        if (item == null) {
            return;
        }
        boolean sure = dialogs.confirmDanger(Texts.get("delete.title"),
                Texts.get("delete.message", item.nameProperty().get()), Texts.get("delete.confirm"));
        if (sure) {
            model.delete(item);
        }
    }

    /** True while no relationship is selected: the commands on one are disabled. */
    public BooleanBinding noSelection() {
        return Bindings.isNull(model.selectedProperty());
    }
}
