package org.bridgework.ui.trash;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bridgework.model.Relationship;
import org.bridgework.model.RestoredRelationship;
import org.bridgework.model.TrashedRelationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.store.RelationshipRepository;
import org.bridgework.store.RepairCaseRepository;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Notice;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.UndoHistory;
import org.bridgework.ui.common.WorkbookUser;

/**
 * The Trash of the open workbook and the commands on it: undo the last deletes, restore, delete for good,
 * empty. Deleting itself is the portfolio's; it tells this model through {@link #trashed}.
 */
public final class TrashViewModel implements WorkbookUser {
    private static final System.Logger LOG = System.getLogger(TrashViewModel.class.getName());
    /** Where a restored relationship goes: back into the portfolio list. */
    @FunctionalInterface
    public interface Portfolio {
        /** @param select true for the one to select */
        void restored(Relationship relationship, RepairStep step, PortfolioSummary summary, boolean select);
    }

    // ---- Properties
    private final ObservableList<TrashedRelationship> entries = FXCollections.observableArrayList();
    private final ObservableList<TrashedRelationship> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    /** True for a workbook only looked at (open for editing elsewhere): the Trash can be seen, not changed. */
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", false);

    /** The window's undo history: a delete is undone like any other action, latest first. */
    private final UndoHistory history;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final DeletedTimes times;
    private Portfolio portfolio = (relationship, step, summary, select) -> { };
    private LongConsumer purged = id -> { };
    private volatile RelationshipRepository relationships;
    private volatile RepairCaseRepository repairs;

    public TrashViewModel(TaskRunner runner, DialogService dialogs, Clock clock) {
        this(runner, dialogs, clock, new UndoHistory());
    }

    public TrashViewModel(TaskRunner runner, DialogService dialogs, Clock clock, UndoHistory history) {
        this.history = history;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.times = new DeletedTimes(clock);
    }

    /** Where restored relationships go. */
    public void setPortfolio(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /** Told of each relationship deleted for good, so nothing waits to be saved into it any more. */
    public void setOnPurged(LongConsumer purged) {
        this.purged = purged;
    }

    // ---- Commands

    @Override
    public void load(WorkbookStore workbook) {
        relationships = workbook.relationships();
        repairs = workbook.repairCases();
        readOnly.set(workbook.readOnly());
        entries.clear();
        loaded.set(false);
        history.clear();
    }

    @Override
    public void flush(Consumer<Boolean> done) {
        done.accept(true);
    }

    /** A relationship just went to the Trash: say so, and offer to undo it. */
    public void trashed(TrashedRelationship relationship) {
        history.done(Texts.get("trash.moved", relationship.name()), Notice.Kind.MOVED_TO_TRASH,
                relationship.id(), () -> restore(List.of(relationship)), () -> relationships != null);
    }

    /** Takes back the latest action of the window (a delete brings that relationship back from the Trash). */
    public void undoDelete() {
        history.undo();
    }

    /** Reads what is in the Trash now; a failure is shown. */
    public void refresh() {
        read(this::reportReadFailure);
    }

    /**
     * Reads the Trash again because others changed the workbook. A failure is only logged: the save banner says when
     * the server cannot be reached, and the next change heard reads again.
     */
    public void refreshAfterOthersChanged() {
        read(error -> LOG.log(System.Logger.Level.WARNING, "The Trash could not be read again: "
                + error.getClass().getSimpleName()));
    }

    private void read(Consumer<Throwable> failed) {
        RelationshipRepository source = relationships;
        if (source == null) {
            return;
        }
        runner.run(source::trash, trash -> {
            if (relationships == source) {
                entries.setAll(trash);
                loaded.set(true);
            }
        }, failed);
    }

    /** Brings relationships back into the portfolio, with everything recorded about them; the first is selected. */
    public void restore(List<TrashedRelationship> chosen) {
        RelationshipRepository source = relationships;
        RepairCaseRepository repairSource = repairs;
        if (chosen.isEmpty() || source == null || readOnly.get()) {
            return;
        }
        List<Long> ids = ids(chosen);
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> {
            List<Back> back = new ArrayList<>();
            for (RestoredRelationship restored : source.restore(ids, TrashViewModel::restoredName)) {
                RepairCase repair = repairSource.load(restored.relationship().id());
                back.add(new Back(restored, repair.stage(), PortfolioSummary.of(repair, today)));
            }
            return back;
        }, back -> {
            if (relationships != source) {
                return;
            }
            forget(ids);
            for (int i = 0; i < back.size(); i++) {
                Back one = back.get(i);
                portfolio.restored(one.restored().relationship(), one.step(), one.summary(), i == 0);
            }
            history.tell(restoredNotice(back.stream().map(Back::restored).toList()));
        }, this::reportFailure);
    }

    /**
     * Asks, then deletes the chosen relationships for good; false if the user kept them.
     *
     * @param asker the dialogs of the window the user is in, so the question stands over it
     */
    public boolean deleteForGood(List<TrashedRelationship> chosen, DialogService asker) {
        if (chosen.isEmpty() || readOnly.get()) {
            return false;
        }
        String question = chosen.size() == 1
                ? Texts.get("trash.deleteForGood.one", chosen.get(0).name())
                : Texts.get("trash.deleteForGood.many", chosen.size());
        if (!asker.confirmDanger(Texts.get("trash.deleteForGood.title"), question,
                Texts.get("trash.deleteForGood.confirm"))) {
            return false;
        }
        List<Long> ids = ids(chosen);
        RelationshipRepository target = relationships;
        runner.run(() -> target.deleteForGood(ids), count -> purgedFromView(ids), this::reportFailure);
        return true;
    }

    /**
     * Asks, then deletes everything in the Trash for good; false if the user kept it (or it was empty).
     *
     * @param asker the dialogs of the window the user is in, so the question stands over it
     */
    public boolean emptyTrash(DialogService asker) {
        if (entries.isEmpty() || readOnly.get()) {
            return false;
        }
        if (!asker.confirmDanger(Texts.get("trash.empty.title"), Texts.get("trash.empty.message", entries.size()),
                Texts.get("trash.empty.confirm"))) {
            return false;
        }
        List<Long> ids = ids(entries);
        RelationshipRepository target = relationships;
        runner.run(target::emptyTrash, count -> purgedFromView(ids), this::reportFailure);
        return true;
    }

    /** The undo bar was closed, or its time is up. */
    public void dismissNotice() {
        history.dismiss();
    }

    // ---- Read access

    /** What is in the Trash, the most recently deleted first; read by {@link #refresh}. */
    public ObservableList<TrashedRelationship> entries() {
        return entriesView;
    }

    /** True once {@link #entries} holds what the Trash holds. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while there is a delete to undo. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    /** What the undo bar shows; null when it is hidden. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return history.noticeProperty();
    }

    /** The undo history this model records its deletes in. */
    public UndoHistory history() {
        return history;
    }

    /** When a relationship was deleted, as the Trash window shows it. */
    public String deletedText(TrashedRelationship relationship) {
        return times.format(relationship.deletedAt());
    }

    // ---- Internals

    /** A restored relationship with what the portfolio list shows of its repair. */
    private record Back(RestoredRelationship restored, RepairStep step, PortfolioSummary summary) {
    }

    /** "Acme (restored)", "Acme (restored 2)", …: the name a restored relationship gets when its own is taken. */
    static String restoredName(String name, int n) {
        return n == 1 ? Texts.get("trash.restoredName", name) : Texts.get("trash.restoredNameNumbered", name, n);
    }

    private static Notice restoredNotice(List<RestoredRelationship> back) {
        List<RestoredRelationship> renamed = back.stream().filter(RestoredRelationship::renamed).toList();
        if (back.size() == 1) {
            RestoredRelationship one = back.get(0);
            return one.renamed()
                    ? new Notice(Texts.get("trash.restored.oneRenamed", one.nameInTrash(), one.relationship().name()),
                            Notice.Kind.RESTORED, true)
                    : new Notice(Texts.get("trash.restored.one", one.relationship().name()), Notice.Kind.RESTORED, false);
        }
        String text = Texts.get("trash.restored.many", back.size());
        if (!renamed.isEmpty()) {
            text += " " + Texts.get("trash.restored.renamed", renamed.stream()
                    .map(r -> Texts.get("trash.restored.renamedPair", r.nameInTrash(), r.relationship().name()))
                    .collect(Collectors.joining(", ")));
        }
        return new Notice(text, Notice.Kind.RESTORED, !renamed.isEmpty());
    }

    private void purgedFromView(List<Long> ids) {
        forget(ids);
        ids.forEach(purged::accept);
    }

    /** They are no longer in the Trash: neither listed nor undoable. */
    private void forget(Collection<Long> ids) {
        Set<Long> gone = new HashSet<>(ids);
        entries.removeIf(entry -> gone.contains(entry.id()));
        history.forgetIf(gone::contains);
    }

    private static List<Long> ids(Collection<TrashedRelationship> chosen) {
        return chosen.stream().map(TrashedRelationship::id).distinct().toList();
    }

    /** A change failed: says so and reads the Trash again, to show what it now holds. */
    private void reportFailure(Throwable error) {
        reportReadFailure(error);
        refresh();
    }

    /** Says a read failed; not followed by another read, which would fail the same way and say so again. */
    private void reportReadFailure(Throwable error) {
        dialogs.showError(Texts.get("error.store.title"), Texts.get("error.store.message"),
                String.valueOf(error.getMessage()));
    }
}
