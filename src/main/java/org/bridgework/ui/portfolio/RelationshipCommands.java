package org.bridgework.ui.portfolio;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Notice;
import org.bridgework.ui.common.UndoHistory;

/**
 * The commands on relationships, shared by the menus, the buttons and the keyboard. On a read-only workbook
 * the changing ones do nothing (their menu items and buttons are disabled through {@link #readOnly()}).
 */
public final class RelationshipCommands {
    private final PortfolioViewModel model;
    private final Window owner;
    private final UndoHistory history;
    private Runnable startRename = () -> { };
    private Runnable afterCreate = () -> { };

    public RelationshipCommands(PortfolioViewModel model, Window owner) {
        this(model, owner, new UndoHistory());
    }

    /** @param history where archiving is recorded, so Undo (Ctrl+Z, the undo bar) takes it back */
    public RelationshipCommands(PortfolioViewModel model, Window owner, UndoHistory history) {
        this.model = model;
        this.owner = owner;
        this.history = history;
    }

    /** What "Rename" does: the details form puts the cursor in its name field. */
    public void setRenameAction(Runnable action) {
        this.startRename = action;
    }

    /** Where the cursor goes once a new relationship is made: on into its details, not back to the list. */
    public void setAfterCreate(Runnable action) {
        this.afterCreate = action;
    }

    public void newRelationship() {
        if (model.loadedProperty().get() && !model.readOnlyProperty().get()) {
            // After the dialog has closed and handed the keyboard back, so the cursor stays where it is put.
            NewRelationshipDialog.ask(owner, model).ifPresent(name -> model.create(name,
                    () -> javafx.application.Platform.runLater(afterCreate)));
        }
    }

    public void rename() {
        if (model.selectedProperty().get() != null && !model.readOnlyProperty().get()) {
            startRename.run();
        }
    }

    /** Archives the selected relationship, or takes it out of the archive; either can be undone. */
    public void toggleArchived() {
        RelationshipItem item = model.selectedProperty().get();
        if (item != null && !model.readOnlyProperty().get()) {
            boolean was = item.archivedProperty().get();
            model.setArchived(item, !was);
            String name = item.nameProperty().get();
            history.done(Texts.get(was ? "undo.unarchived" : "undo.archived", name), Notice.Kind.CHANGED, item.id(),
                    () -> model.setArchived(item, was),
                    () -> !model.readOnlyProperty().get() && model.all().contains(item));
        }
    }

    /** Moves the selected relationship to the Trash, without asking: it can be undone, and restored. */
    public void delete() {
        RelationshipItem item = model.selectedProperty().get();
        if (item != null && !model.readOnlyProperty().get()) {
            model.moveToTrash(item);
        }
    }

    /** True while the workbook is read-only: every command that changes it is disabled. */
    public javafx.beans.value.ObservableBooleanValue readOnly() {
        return model.readOnlyProperty();
    }

    /** True while no relationship is selected: the commands on one are disabled. */
    public BooleanBinding noSelection() {
        return Bindings.isNull(model.selectedProperty());
    }
}
