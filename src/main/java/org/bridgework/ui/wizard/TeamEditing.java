package org.bridgework.ui.wizard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.ui.common.StampWords;
import org.bridgework.model.team.RepairMerge;
import org.bridgework.model.team.Sharing;
import org.bridgework.model.team.TextConflict;
import org.bridgework.store.Collaboration;
import org.bridgework.store.RepairCaseRepository;
import org.bridgework.store.TeamChangeStamps;
import org.bridgework.store.TeamPermissions;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;

/**
 * What working with others on a team workbook adds to the wizard: the texts a save of ours met (a colleague had
 * changed the same text), still to be settled; whether this login may only read the repair shown, and whose it
 * is; and the word that a colleague moved the relationship being edited to the Trash. A workbook file has none.
 */
final class TeamEditing {
    private final Clock clock;
    private final ObservableList<TextConflict> conflicts = FXCollections.observableArrayList();
    /** Conflicts that came from a save just now (not offered again on opening): the dialog opens by itself. */
    private final ObservableList<TextConflict> fresh = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper readOnlyWords = new ReadOnlyStringWrapper(this, "readOnlyWords", "");
    private final ReadOnlyStringWrapper goneWords = new ReadOnlyStringWrapper(this, "goneWords", "");
    /** What the store thread's saves came back with, for the JavaFX thread to look at once they are all written. */
    private final Queue<Saved> saves = new ConcurrentLinkedQueue<>();
    private volatile TeamPermissions permissions;
    private volatile TeamChangeStamps stamps;

    TeamEditing(Clock clock) {
        this.clock = clock;
    }

    void use(WorkbookStore store) {
        permissions = store.collaboration().map(Collaboration::permissions).orElse(null);
        stamps = store.collaboration().map(Collaboration::stamps).orElse(null);
        saves.clear();
        conflicts.clear();
        fresh.clear();
        readOnlyWords.set("");
        goneWords.set("");
    }

    /** On the store thread, with the repair: whether this login may change it, and its texts still to settle. */
    Access read(long relationshipId, RepairCaseRepository repairs) {
        TeamPermissions rights = permissions;
        if (rights == null) {
            return Access.EDITS;
        }
        if (!rights.mayEdit(relationshipId)) {
            return new Access(false, rights.of(relationshipId).map(Sharing::owner).orElse(""), List.of());
        }
        return new Access(true, "", repairs.unsettled(relationshipId));
    }

    /** Shows what {@link #read} found for the repair now on screen. */
    void show(Access access) {
        fresh.clear();
        conflicts.setAll(access.unsettled());
        readOnlyWords.set(access.mayEdit() ? "" : Texts.get("wizard.team.readOnly", access.owner()));
    }

    /** No repair on screen. */
    void clear() {
        fresh.clear();
        conflicts.clear();
        readOnlyWords.set("");
    }

    /** On the store thread: what a save of {@code sent} came back with. */
    void saved(RepairCase sent, RepairMerge.Result result) {
        if (!result.conflicts().isEmpty() || !result.merged().equals(sent)) {
            saves.add(new Saved(sent, result));
        }
    }

    /**
     * On the JavaFX thread, once everything typed is written: takes the conflicts of the repair shown; true if
     * colleagues' changes came in with a save, so the repair should be read again to show them.
     */
    boolean afterSaved(long shownId) {
        boolean othersMerged = false;
        for (Saved saved = saves.poll(); saved != null; saved = saves.poll()) {
            if (saved.sent().relationshipId() != shownId) {
                continue; // kept on the server and offered when that repair is opened again
            }
            for (TextConflict conflict : saved.result().conflicts()) {
                replace(conflict, conflict);
                fresh.add(conflict);
            }
            othersMerged = true; // read again now, or once the conflicts are settled (the editor keeps mine till then)
        }
        return othersMerged;
    }

    /** Puts {@code newer} in place of the conflict of the same text (or adds it). */
    void replace(TextConflict old, TextConflict newer) {
        List<TextConflict> now = new ArrayList<>(conflicts);
        now.removeIf(c -> sameText(c, old));
        now.add(newer);
        conflicts.setAll(now);
        fresh.removeIf(c -> sameText(c, old));
    }

    void settled(TextConflict conflict) {
        conflicts.removeIf(c -> sameText(c, conflict));
        fresh.removeIf(c -> sameText(c, conflict));
    }

    /** On the store thread: who last changed the relationship (moving it to the Trash), if this login can still see it. */
    Optional<ChangeStamp> lastChange(long relationshipId) {
        TeamChangeStamps source = stamps;
        return source == null ? Optional.empty() : source.lastChange(relationshipId);
    }

    /** Says that a colleague took {@code name} away (to the Trash) while it was open here. */
    void gone(String name, Optional<ChangeStamp> stamp) {
        goneWords.set(stamp.map(s -> Texts.get("wizard.team.trashed", s.by(), name, StampWords.when(s, clock)))
                .orElseGet(() -> Texts.get("wizard.team.gone", name)));
    }

    void dismissGone() {
        goneWords.set("");
    }

    ObservableList<TextConflict> conflicts() {
        return conflicts;
    }

    ObservableList<TextConflict> fresh() {
        return fresh;
    }

    ReadOnlyStringProperty readOnlyWordsProperty() {
        return readOnlyWords.getReadOnlyProperty();
    }

    ReadOnlyStringProperty goneWordsProperty() {
        return goneWords.getReadOnlyProperty();
    }

    private static boolean sameText(TextConflict a, TextConflict b) {
        return a.field().equals(b.field()) && a.entry().equals(b.entry());
    }

    /** Whether this login may change the repair, whose it is if not, and its texts still to settle. */
    record Access(boolean mayEdit, String owner, List<TextConflict> unsettled) {
        static final Access EDITS = new Access(true, "", List.of());
    }

    private record Saved(RepairCase sent, RepairMerge.Result result) {
    }
}
