package org.bridgework.ui.wizard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.StepCompletion;
import org.bridgework.model.team.RecordPath;
import org.bridgework.model.team.TextConflict;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.model.timeline.TimelineOpening;
import org.bridgework.store.MilestoneRepository;
import org.bridgework.store.RepairCaseRepository;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.UndoHistory;
import org.bridgework.ui.common.WorkbookUser;
import org.bridgework.ui.portfolio.RelationshipItem;

/** The repair of the selected relationship: loaded off the JavaFX thread, every edit saved as typed. */
public final class WizardViewModel implements WorkbookUser {
    private static final System.Logger LOG = System.getLogger(WizardViewModel.class.getName());
    // ---- Properties
    private final ReadOnlyObjectWrapper<RepairCase> repair = new ReadOnlyObjectWrapper<>(this, "repair");
    private final ReadOnlyObjectWrapper<List<StepMilestone>> milestones =
            new ReadOnlyObjectWrapper<>(this, "milestones", List.of());
    private final ReadOnlyObjectWrapper<TimelineOpening> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    /** Whether {@link #show} reads the start of the timeline before the whole repair: true while the timeline is on screen. */
    private final BooleanProperty readsOpening = new SimpleBooleanProperty(this, "readsOpening");

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AutoSave<Long, RepairCase> autoSave;
    private volatile RepairCaseRepository repository;
    private volatile MilestoneRepository milestoneRepository;
    private RelationshipItem relationship;
    private final Clock clock;
    private final javafx.beans.property.ReadOnlyBooleanWrapper readOnly =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "readOnly");

    private final UndoHistory undoHistory;
    private final org.bridgework.ui.common.ChangedByLine changedBy;

    public WizardViewModel(TaskRunner runner, DialogService dialogs, Duration saveDelay, Clock clock) {
        this(runner, dialogs, saveDelay, clock, new UndoHistory());
    }

    /** @param undoHistory where removals and status changes in the repair are recorded for Undo */
    public WizardViewModel(TaskRunner runner, DialogService dialogs, Duration saveDelay, Clock clock,
                           UndoHistory undoHistory) {
        this.undoHistory = undoHistory;
        this.runner = runner;
        this.clock = clock;
        this.dialogs = dialogs;
        this.team = new TeamEditing(clock);
        this.autoSave = new AutoSave<>(runner, saveDelay, snapshot -> team.saved(snapshot, repository.save(snapshot)),
                this::nameOf);
        autoSave.readOnlyProperty().bind(readOnly);
        this.changedBy = new org.bridgework.ui.common.ChangedByLine(runner, clock);
        // After each save: who changed the step last is read again, and others' change that waited for our edits
        // is read now (a save writes only the rows that changed, so theirs elsewhere still stands).
        autoSave.stateProperty().addListener((o, old, state) -> {
            if (state == org.bridgework.ui.common.SaveState.SAVED) {
                changedBy.refresh();
                // Colleagues' changes merged into a save of ours are read back and shown.
                reloadOwed |= relationship != null && team.afterSaved(relationship.id());
                if (reloadOwed) {
                    reloadOwed = false;
                    reloadAfterOthersChanged();
                }
            }
        });
    }

    /** True when others changed the repair shown while edits of ours were waiting to be saved. */
    private boolean reloadOwed;
    private boolean workbookReadOnly;
    private final TeamEditing team;

    private Consumer<org.bridgework.plan.mail.MailKind> mailDrafts = kind -> { };

    // ---- Commands

    @Override
    public void load(WorkbookStore workbook) {
        // Edits of the workbook being left that could not be written there must never reach this one.
        autoSave.discardAll();
        workbookReadOnly = workbook.readOnly();
        readOnly.set(workbookReadOnly);
        team.use(workbook);
        repository = workbook.repairCases();
        milestoneRepository = workbook.milestones();
        changedBy.use(workbook);
        relationship = null;
        repair.set(null);
        opening.set(null);
    }

    /** The same repair, now in a copy of the workbook: it stays on screen, unsaved edits are written there. */
    @Override
    public void continueIn(WorkbookStore copy) {
        team.use(copy); // a copy has no colleagues; texts still to settle stay kept on the server
        repository = copy.repairCases();
        milestoneRepository = copy.milestones();
        changedBy.use(copy);
    }

    @Override
    public void flush(Consumer<Boolean> done) {
        autoSave.flush(done);
    }

    /** Shows the repair of {@code item} (null: none), resuming at the step where the manager left it. */
    public void show(RelationshipItem item) {
        relationship = item;
        repair.set(null);
        opening.set(null);
        team.clear();
        if (item == null || repository == null) {
            return;
        }
        RepairCaseRepository source = repository;
        MilestoneRepository reached = milestoneRepository;
        long id = item.id();
        if (readsOpening.get()) {
            // Queued first on the same thread, so it is on screen while the whole repair is still being read.
            runner.run(() -> OpeningRead.of(source, reached, id), read -> {
                if (relationship == item && repair.get() == null) {
                    read.ifPresent(opening::set);
                }
            }, error -> {
                // The whole repair is read next and meets the same problem; that read reports it.
            });
        }
        runner.run(() -> new Loaded(source.load(id), reached.load(id), team.read(id, source)), loaded -> {
            if (relationship == item) {
                team.show(loaded.access());
                readOnly.set(workbookReadOnly || !loaded.access().mayEdit());
                milestones.set(loaded.milestones());
                repair.set(loaded.repair());
                opening.set(null);
                item.outcomeProperty().set(loaded.repair().rebuilding().outcome().orElse(null));
            }
        }, error -> {
            if (relationship == item) {
                opening.set(null);
            }
            dialogs.showError(Texts.get("error.store.title"), Texts.get("error.store.message"),
                    String.valueOf(error.getMessage()));
        });
    }

    /**
     * Reads the repair shown again because others changed it (a team workbook), and shows it if it differs. While
     * edits of ours to it wait to be saved it waits for them, so nothing typed is replaced; it is read once they are.
     */
    public void reloadAfterOthersChanged() {
        RelationshipItem item = relationship;
        RepairCase shown = repair.get();
        if (item == null || shown == null || repository == null) {
            return;
        }
        long id = item.id();
        if (autoSave.hasUnsaved(id) || !team.conflicts().isEmpty()) {
            reloadOwed = true; // what is typed, and my side of a conflict, stay in the editor
            return;
        }
        RepairCaseRepository source = repository;
        MilestoneRepository reached = milestoneRepository;
        runner.run(() -> new Loaded(source.load(id), reached.load(id), TeamEditing.Access.EDITS), loaded -> {
            if (relationship != item) {
                return;
            }
            if (repair.get() != shown || autoSave.hasUnsaved(id)) {
                reloadOwed = true; // edited meanwhile: read again once that is saved
                return;
            }
            milestones.set(loaded.milestones());
            changedBy.refresh();
            if (!loaded.repair().equals(shown)) {
                repair.set(loaded.repair());
                item.stageProperty().set(loaded.repair().stage());
                item.outcomeProperty().set(loaded.repair().rebuilding().outcome().orElse(null));
                item.summaryProperty().set(PortfolioSummary.of(loaded.repair(), LocalDate.now(clock)));
            }
        }, error -> LOG.log(System.Logger.Level.WARNING, "The repair could not be read again: "
                + error.getClass().getSimpleName()));
    }

    /** True while others' change to the repair shown waits for our edits to be saved; for tests. */
    public boolean reloadOwed() {
        return reloadOwed;
    }

    /** Applies an edit to the repair and saves it after the typing pause. */
    public void update(UnaryOperator<RepairCase> edit) {
        RepairCase current = repair.get();
        if (current == null) {
            return;
        }
        RepairCase edited = edit.apply(current);
        LocalDate today = LocalDate.now(clock);
        recordMilestones(current, edited, today);
        repair.set(edited);
        autoSave.changed(edited.relationshipId(), edited);
        if (relationship != null && relationship.id() == edited.relationshipId()) {
            relationship.stageProperty().set(edited.stage());
            relationship.outcomeProperty().set(edited.rebuilding().outcome().orElse(null));
            relationship.summaryProperty().set(PortfolioSummary.of(edited, today));
        }
    }

    /** The name of the relationship whose repair this is, for saying what is not saved (edits are of the shown one). */
    private String nameOf(RepairCase edited) {
        return relationship != null && relationship.id() == edited.relationshipId() ? relationship.nameProperty().get() : "";
    }

    /** A step that has just become complete for the first time is a milestone of today. */
    private void recordMilestones(RepairCase before, RepairCase after, LocalDate today) {
        if (readOnly.get()) {
            return;
        }
        Set<RepairStep> reachedBefore = StepCompletion.completed(before);
        Set<RepairStep> known = milestones.get().stream().map(StepMilestone::step).collect(Collectors.toSet());
        List<RepairStep> reached = StepCompletion.completed(after).stream()
                .filter(step -> !reachedBefore.contains(step) && !known.contains(step)).toList();
        if (reached.isEmpty()) {
            return;
        }
        List<StepMilestone> all = new ArrayList<>(milestones.get());
        reached.forEach(step -> all.add(new StepMilestone(step, today)));
        milestones.set(List.copyOf(all));
        MilestoneRepository target = milestoneRepository;
        long id = after.relationshipId();
        runner.run(() -> {
            reached.forEach(step -> target.record(id, step, today));
            return reached;
        }, done -> { }, error -> dialogs.showError(Texts.get("error.store.title"), Texts.get("error.store.message"),
                String.valueOf(error.getMessage())));
    }

    /** A repair, its milestones and what this login may do with it, read together off the JavaFX thread. */
    private record Loaded(RepairCase repair, List<StepMilestone> milestones, TeamEditing.Access access) {
    }

    /**
     * Saves {@code text} as the settled text of {@code conflict} of the repair shown and puts it in the editor; if
     * a colleague changed that text again meanwhile, nothing is saved and the conflict comes back with theirs.
     */
    public void settle(TextConflict conflict, String text) {
        RepairCaseRepository source = repository;
        RelationshipItem item = relationship;
        if (item == null || source == null) {
            return;
        }
        runner.run(() -> source.settle(item.id(), conflict, text), newer -> {
            if (newer.isPresent()) {
                team.replace(conflict, newer.get());
                return;
            }
            team.settled(conflict);
            if (relationship == item && RecordPath.names(repair.get(), conflict.field(), conflict.entry())) {
                update(current -> RecordPath.withText(current, conflict.field(), conflict.entry(), text));
            }
            if (team.conflicts().isEmpty() && reloadOwed && !autoSave.hasUnsaved(item.id())) {
                reloadOwed = false;
                reloadAfterOthersChanged();
            }
        }, error -> dialogs.showError(Texts.get("error.store.title"), Texts.get("error.store.message"),
                String.valueOf(error.getMessage())));
    }

    /**
     * Says that {@code item}, open here, was taken away by a colleague (to the Trash): what was typed is written to
     * it as usual, so it comes back with it.
     */
    public void othersRemoved(RelationshipItem item) {
        String name = item.nameProperty().get();
        runner.run(() -> team.lastChange(item.id()), stamp -> team.gone(name, stamp),
                error -> team.gone(name, java.util.Optional.empty()));
    }

    /** The team workbook's side of the repair shown: conflicts to settle, read-only and Trash words. */
    TeamEditing team() {
        return team;
    }

    /** "Changed by ruth at 10:42" for the worksheet shown, on a team workbook; blank otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty changedByProperty() {
        return changedBy.textProperty();
    }

    /** Reads who last changed {@code step} of the repair shown, for {@link #changedByProperty()}. */
    public void showChangedBy(long relationshipId, RepairStep step) {
        changedBy.show(relationshipId, step);
    }

    public void goTo(RepairStep step) {
        if (repair.get() != null && repair.get().currentStep() != step) {
            update(current -> current.withCurrentStep(step));
        }
    }

    public void next() {
        if (repair.get() != null) {
            repair.get().currentStep().next().ifPresent(this::goTo);
        }
    }

    public void previous() {
        if (repair.get() != null) {
            repair.get().currentStep().previous().ifPresent(this::goTo);
        }
    }

    /** Issue 15: makes an e-mail draft of the shown relationship (set by the app: the mail drafts). */
    public void setMailDrafts(Consumer<org.bridgework.plan.mail.MailKind> drafts) {
        this.mailDrafts = drafts;
    }

    /** Issue 15: an e-mail draft of this kind, for the shown relationship. */
    public void draftMail(org.bridgework.plan.mail.MailKind kind) {
        mailDrafts.accept(kind);
    }

    // ---- Read access

    /** The name of the relationship whose repair is shown; empty when none is. */
    public String relationshipName() {
        return relationship == null ? "" : relationship.nameProperty().get();
    }

    /** The kind of the relationship shown: some advice depends on it (an internal team is never let go). */
    public org.bridgework.model.RelationshipKind relationshipKind() {
        return relationship == null || relationship.kindProperty().get() == null
                ? org.bridgework.model.RelationshipKind.OTHER : relationship.kindProperty().get();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The repair shown; null while none is (no selection, or still loading). */
    public ReadOnlyObjectProperty<RepairCase> repairProperty() {
        return repair.getReadOnlyProperty();
    }

    /**
     * The start of the timeline of the repair being read, shown until the whole repair is there (then null
     * again); only read while {@link #readsOpeningProperty()} is true and for a repair with a long timeline.
     */
    public ReadOnlyObjectProperty<TimelineOpening> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public BooleanProperty readsOpeningProperty() {
        return readsOpening;
    }

    /** The days the steps of the shown repair were first complete. */
    public ReadOnlyObjectProperty<List<StepMilestone>> milestonesProperty() {
        return milestones.getReadOnlyProperty();
    }

    /** Today, by the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Where removals and status changes in the repair are recorded, for Undo. */
    public UndoHistory undoHistory() {
        return undoHistory;
    }

    /** The dialogs of the window, for questions asked before an edit. */
    public DialogService dialogs() {
        return dialogs;
    }

    public AutoSave<Long, RepairCase> autoSave() {
        return autoSave;
    }
}

