package org.bridgework.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.store.LocalCopy;
import org.bridgework.store.StoreException;
import org.bridgework.store.WorkbookStore;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.wizard.WizardViewModel;

/**
 * "Save a copy elsewhere…" of a team workbook: a new workbook file with everything saved on the server, read from
 * it, each relationship keeping its id so the window carries on in the copy and writes its unsaved edits there.
 * When the server cannot be read either (down, network lost), the copy is made from what the window holds
 * instead: every relationship of the portfolio as shown, edits included, and the repair open in the window, as
 * typed; the other repairs are on the server only, and {@link #fromWindowOnly()} says so.
 */
final class TeamCopy {
    private final List<WholeRelationship> window;
    private final String openRepairName;
    private volatile boolean fromWindowOnly;

    private TeamCopy(List<WholeRelationship> window, String openRepairName) {
        this.window = window;
        this.openRepairName = openRepairName;
    }

    /** Takes what the window holds now; call on the JavaFX thread, before the copy is queued. */
    static TeamCopy of(PortfolioViewModel portfolio, WizardViewModel wizard) {
        RepairCase open = wizard.repairProperty().get();
        List<StepMilestone> reached = Objects.requireNonNullElse(wizard.milestonesProperty().get(), List.of());
        List<WholeRelationship> held = new ArrayList<>();
        String openName = "";
        for (var item : portfolio.all()) {
            Relationship relationship = item.snapshot();
            boolean isOpen = open != null && open.relationshipId() == relationship.id();
            held.add(new WholeRelationship(relationship, isOpen ? open : RepairCase.start(relationship.id()),
                    isOpen ? reached : List.of()));
            openName = isOpen ? relationship.name() : openName;
        }
        return new TeamCopy(List.copyOf(held), openName);
    }

    /** Writes the copy of {@code team} to {@code target}; on the store thread. */
    void write(WorkbookStore team, Path target) {
        List<WholeRelationship> saved;
        try {
            saved = new ArrayList<>();
            for (Relationship relationship : team.relationships().findAll()) {
                saved.add(new WholeRelationship(relationship, team.repairCases().load(relationship.id()),
                        team.milestones().load(relationship.id())));
            }
        } catch (StoreException unreadable) {
            fromWindowOnly = true;
            saved = window;
        }
        LocalCopy.write(saved, target);
    }

    /** True if the server could not be read, so the copy holds what the window held. */
    boolean fromWindowOnly() {
        return fromWindowOnly;
    }

    /** The relationship whose repair the copy holds when made from the window; empty if none was open. */
    String openRepairName() {
        return openRepairName;
    }
}
