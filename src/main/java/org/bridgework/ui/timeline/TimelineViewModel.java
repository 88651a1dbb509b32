package org.bridgework.ui.timeline;

import java.util.function.Consumer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.ItemKind;
import org.bridgework.model.timeline.StatusFilter;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.model.timeline.TimelineAssembler;
import org.bridgework.model.timeline.TimelineFilter;
import org.bridgework.model.timeline.TimelineItem;
import org.bridgework.model.timeline.TimelineOpening;
import org.bridgework.model.timeline.TimelineRow;
import org.bridgework.model.timeline.TimelineRows;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.ChangedByLine;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.wizard.RepairUndo;
import org.bridgework.ui.wizard.WizardViewModel;

/**
 * The timeline of the selected relationship: assembled, filtered and laid out off the JavaFX thread after
 * every change to the repair or the filters; only the newest result is shown. While a long repair is still
 * being read, the start of its timeline is shown ({@link TimelineOpening}); it is for looking at only, so
 * {@link #completeProperty()} is false and the view offers no actions on it.
 */
public final class TimelineViewModel {
    // ---- Properties
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Set<ItemKind>> kinds = new SimpleObjectProperty<>(this, "kinds", EnumSet.allOf(ItemKind.class));
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(this, "status", StatusFilter.ALL);
    private final ObjectProperty<Optional<LocalDate>> from = new SimpleObjectProperty<>(this, "from", Optional.empty());
    private final ObjectProperty<Optional<LocalDate>> to = new SimpleObjectProperty<>(this, "to", Optional.empty());
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete", true);
    /** Whether the filters and search can leave items out (see {@link TimelineFilter#narrows()}). */
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper(this, "narrowed");
    /** True while the timeline is on screen; hidden, it is not assembled after every edit in the wizard. */
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyStringWrapper changedBy = new ReadOnlyStringWrapper(this, "changedBy", "");

    private final WizardViewModel wizard;
    private final TaskRunner compute;
    private long generation;

    /**
     * @param compute where assembling runs: a thread of its own, so a 20,000-item timeline never delays a save
     */
    public TimelineViewModel(WizardViewModel wizard, TaskRunner compute) {
        this.wizard = wizard;
        this.compute = compute;
        wizard.repairProperty().addListener((o, old, repair) -> refresh());
        wizard.milestonesProperty().addListener((o, old, milestones) -> refresh());
        wizard.openingProperty().addListener((o, old, opening) -> {
            if (wizard.repairProperty().get() == null) {
                refresh();
            }
        });
        wizard.readsOpeningProperty().bind(active);
        active.addListener((o, was, now) -> {
            if (now) {
                refresh();
            }
        });
        for (javafx.beans.Observable filter : List.of(kinds, status, from, to, text)) {
            filter.addListener(changed -> refresh());
        }
    }

    private Consumer<org.bridgework.plan.mail.MailKind> mailDrafts = kind -> { };

    // ---- Commands

    /** Marks commitment {@code index} done today, with what shows it was done; Undo takes it back. */
    public void markDone(int index, String evidence) {
        LocalDate today = wizard.today();
        changeCommitment(index, "undo.markedDone", c -> new Commitment(c.what(), c.owner(), c.due(),
                c.measureOfSuccess(), CommitmentStatus.DONE, Optional.of(today),
                evidence.isBlank() ? c.evidence() : evidence, c.beyondWhatWasAsked(), c.kind()));
    }

    /**
     * Marks commitment {@code index} missed; Undo takes it back. One not due yet is missed only if the manager
     * says so when asked (a stray M must not write a failure into the record before its day); false if not.
     */
    public boolean markMissed(int index) {
        RepairCase repair = wizard.repairProperty().get();
        if (repair == null || index < 0 || index >= repair.actionPlan().commitments().size()) {
            return false;
        }
        Commitment commitment = repair.actionPlan().commitments().get(index);
        Optional<LocalDate> due = commitment.due();
        if (due.isPresent() && due.get().isAfter(wizard.today()) && !wizard.dialogs().confirmUnlikely(
                Texts.get("timeline.missedEarly.title"),
                Texts.get("timeline.missedEarly.message", commitment.what(), org.bridgework.ui.form.DateText.of(due.get())),
                Texts.get("timeline.missedEarly.confirm"))) {
            return false;
        }
        changeCommitment(index, "undo.markedMissed", c -> c.withStatus(CommitmentStatus.MISSED));
        return true;
    }

    /**
     * Re-assembles the rows from the current repair (or, while it is read, the opening of its timeline) and
     * filters, if the timeline is on screen.
     */
    public void refresh() {
        RepairCase repair = wizard.repairProperty().get();
        TimelineOpening opening = repair == null ? wizard.openingProperty().get() : null;
        long mine = ++generation;
        if (!active.get()) {
            return;
        }
        if (repair == null && opening == null) {
            rows.clear();
            shownCount.set(0);
            totalCount.set(0);
            complete.set(true);
            return;
        }
        var milestones = wizard.milestonesProperty().get();
        TimelineFilter filter = new TimelineFilter(kinds.get(), status.get(), from.get(), to.get(), text.get());
        narrowed.set(filter.narrows());
        LocalDate today = wizard.today();
        busy.set(true);
        compute.run(() -> repair != null ? whole(repair, milestones, filter, today) : start(opening, filter, today),
                result -> {
                    if (mine == generation) {
                        rows.setAll(result.rows());
                        shownCount.set(result.shown());
                        totalCount.set(result.total());
                        complete.set(result.complete());
                        busy.set(!result.complete());
                    }
                }, error -> busy.set(false));
    }

    private static Result whole(RepairCase repair, List<StepMilestone> milestones, TimelineFilter filter, LocalDate today) {
        List<TimelineItem> all = TimelineAssembler.assemble(repair, milestones, today);
        List<TimelineItem> shown = all.stream().filter(filter).toList();
        // No rows at all (not a lone "today" marker) when nothing is shown, so the list says why.
        return new Result(shown.isEmpty() ? List.of() : TimelineRows.layout(shown, today), shown.size(), all.size(), true);
    }

    /** The rows of an opening; how many items there are in all is not known yet. */
    private static Result start(TimelineOpening opening, TimelineFilter filter, LocalDate today) {
        List<TimelineItem> shown = opening.items(today).stream().filter(filter).toList();
        return new Result(TimelineRows.layoutOpening(shown, today, opening.through()), shown.size(), 0, false);
    }

    /** Changes commitment {@code index}; Undo puts back what it was, if it is still as this left it. */
    private void changeCommitment(int index, String saidKey, java.util.function.UnaryOperator<Commitment> change) {
        RepairCase repair = wizard.repairProperty().get();
        if (repair == null || index < 0 || index >= repair.actionPlan().commitments().size()) {
            return;
        }
        Commitment before = repair.actionPlan().commitments().get(index);
        Commitment after = change.apply(before);
        String what = before.what();
        new RepairUndo(wizard).edit(Texts.get(saidKey, what),
                Texts.get("undo.statusBack", what),
                current -> replace(current, index, before, after), current -> replace(current, index, after, before));
    }

    /** {@code current} with commitment {@code index} set to {@code to}, if it is {@code from}; else as it is. */
    private static RepairCase replace(RepairCase current, int index, Commitment from, Commitment to) {
        List<Commitment> commitments = new java.util.ArrayList<>(current.actionPlan().commitments());
        if (index >= commitments.size() || !commitments.get(index).equals(from)) {
            return current;
        }
        commitments.set(index, to);
        return current.withActionPlan(new ActionPlan(commitments));
    }

    /** What one assembly produced; {@code complete} is false for an opening. */
    private record Result(List<TimelineRow> rows, int shown, int total, boolean complete) {
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

    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    public ObjectProperty<Set<ItemKind>> kindsProperty() {
        return kinds;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<Optional<LocalDate>> fromProperty() {
        return from;
    }

    public ObjectProperty<Optional<LocalDate>> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyBooleanProperty narrowedProperty() {
        return narrowed.getReadOnlyProperty();
    }

    /** False while the rows are those of an opening: the whole repair is still being read. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Says above the list who last changed the relationship shown ("Changed by ruth at 10:42", a team workbook
     * only): read when another relationship is shown, after each save and when a colleague's change is read.
     */
    public void showChangedBy(ChangedByLine line) {
        changedBy.bind(line.textProperty());
        wizard.repairProperty().addListener((o, old, repair) -> {
            if (repair == null) {
                line.clear();
            } else {
                line.show(repair.relationshipId());
            }
        });
        // Read again when the repair is read again from the server (a colleague's change), not after each edit.
        wizard.milestonesProperty().addListener((o, old, milestones) -> line.refresh());
        wizard.autoSave().stateProperty().addListener((o, old, state) -> {
            if (state == org.bridgework.ui.common.SaveState.SAVED) {
                line.refresh();
            }
        });
    }

    /** Who last changed the relationship shown; blank on a workbook file. */
    public ReadOnlyStringProperty changedByProperty() {
        return changedBy.getReadOnlyProperty();
    }

    public WizardViewModel wizard() {
        return wizard;
    }
}
