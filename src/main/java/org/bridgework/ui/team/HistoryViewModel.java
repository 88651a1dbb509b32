package org.bridgework.ui.team;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bridgework.model.team.Sharing;
import org.bridgework.model.team.TextChange;
import org.bridgework.problems.SaveProblemTexts;
import org.bridgework.store.Collaboration;
import org.bridgework.store.NotPermittedException;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;

/**
 * The History window's state: one relationship's text changes, newest first, read on the store thread, and
 * putting an earlier text back ({@code TeamHistory.restoreBefore}, which the server records like any change).
 * Whether this login may restore is read with the history; a reader is told why not, and the server refuses
 * anyway if the rules changed meanwhile.
 */
public final class HistoryViewModel {
    private final TaskRunner store;
    private final Supplier<Optional<Collaboration>> collaboration;
    private final long relationshipId;
    /** Writes the window's pending edits first, so a restore is not followed by an older autosave over it. */
    private final Consumer<Consumer<Boolean>> flushFirst;
    /** The window reads the restored text back (the portfolio for a name, the wizard for a worksheet). */
    private final Runnable afterRestore;
    private final ObservableList<TextChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper whyNoRestore = new ReadOnlyStringWrapper(this, "whyNoRestore", "");
    private final ReadOnlyBooleanWrapper mayRestore = new ReadOnlyBooleanWrapper(this, "mayRestore");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public HistoryViewModel(TaskRunner store, Supplier<Optional<Collaboration>> collaboration, long relationshipId,
                            Consumer<Consumer<Boolean>> flushFirst, Runnable afterRestore) {
        this.store = store;
        this.collaboration = collaboration;
        this.relationshipId = relationshipId;
        this.flushFirst = flushFirst;
        this.afterRestore = afterRestore;
    }

    /** Reads the history and whether this login may change the relationship. */
    public void load() {
        Optional<Collaboration> team = collaboration.get();
        if (team.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set(Texts.get("history.reading"));
        store.run(() -> read(team.get()), read -> {
            busy.set(false);
            show(read);
            status.set(read.changes().isEmpty() ? Texts.get("history.empty")
                    : Texts.get("history.count", read.changes().size()));
        }, error -> {
            busy.set(false);
            status.set(Texts.get("history.readFailed", SaveProblemTexts.reason(error)));
        });
    }

    /**
     * Puts back the text as it was before {@code change}: the window's own edits are saved first, then the
     * server writes the earlier text (and records it), then the history is read again.
     */
    public void restore(TextChange change) {
        Optional<Collaboration> team = collaboration.get();
        if (team.isEmpty() || busy.get() || !mayRestore.get()) {
            return;
        }
        if ("relationship.name".equals(change.field()) && change.before().isBlank()) {
            status.set(Texts.get("history.restore.firstName")); // a relationship is never without a name
            return;
        }
        busy.set(true);
        status.set(Texts.get("history.restoring"));
        flushFirst.accept(written -> {
            if (!written) {
                busy.set(false);
                status.set(Texts.get("history.restore.unsaved"));
                return;
            }
            ChangeWords words = new ChangeWords(java.time.ZoneId.systemDefault());
            store.run(() -> {
                team.get().history().restoreBefore(change);
                return read(team.get());
            }, read -> {
                busy.set(false);
                show(read);
                status.set(Texts.get("history.restored", words.what(change), change.stamp().by(), words.when(change)));
                afterRestore.run();
            }, error -> {
                busy.set(false);
                status.set(error instanceof NotPermittedException ? Texts.get("history.notPermitted")
                        : Texts.get("history.restoreFailed", SaveProblemTexts.reason(error)));
            });
        });
    }

    private Read read(Collaboration team) {
        List<TextChange> all = team.history().of(relationshipId);
        boolean mayEdit = team.permissions().mayEdit(relationshipId);
        Optional<String> owner = team.permissions().of(relationshipId).map(Sharing::owner);
        return new Read(all, mayEdit, owner);
    }

    private void show(Read read) {
        changes.setAll(read.changes());
        mayRestore.set(read.mayEdit());
        whyNoRestore.set(read.mayEdit() ? "" : read.owner().map(owner -> Texts.get("history.readOnly", owner))
                .orElse(Texts.get("history.readOnlyNoOwner")));
    }

    public ObservableList<TextChange> changes() {
        return changes;
    }

    /** What is happening or what went wrong, in plain words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why this login cannot restore (blank if it can). */
    public ReadOnlyStringProperty whyNoRestoreProperty() {
        return whyNoRestore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayRestoreProperty() {
        return mayRestore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Read(List<TextChange> changes, boolean mayEdit, Optional<String> owner) {
    }
}
