package org.bridgework.ui.week;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.value.ChangeListener;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.bridgework.ui.timeline.TimelineViewModel;
import org.bridgework.ui.wizard.WizardViewModel;

/**
 * What This week's keys do to an item. Each first selects the item's relationship, so its repair is the one the
 * wizard holds, then acts through the same commands as the timeline: marking a commitment is the timeline's own
 * change, saved by the wizard and taken back by the window's Undo.
 */
public final class WeekActions {
    /** Asks how long to put an item aside, and why; empty if cancelled. */
    public interface SnoozeQuestion {
        Optional<SnoozeChoice> ask(AgendaItem item);
    }

    private final WeekViewModel week;
    private final PortfolioViewModel portfolio;
    private final WizardViewModel wizard;
    private final TimelineViewModel timeline;
    private final DialogService dialogs;
    private final SnoozeQuestion snoozeQuestion;
    private final Consumer<RepairStep> openStep;
    private boolean selecting;

    /**
     * @param openStep shows the selected relationship's repair at a step, with the keyboard in it
     */
    public WeekActions(WeekViewModel week, PortfolioViewModel portfolio, WizardViewModel wizard,
                       TimelineViewModel timeline, DialogService dialogs, SnoozeQuestion snoozeQuestion,
                       Consumer<RepairStep> openStep) {
        this.week = week;
        this.portfolio = portfolio;
        this.wizard = wizard;
        this.timeline = timeline;
        this.dialogs = dialogs;
        this.snoozeQuestion = snoozeQuestion;
        this.openStep = openStep;
    }

    /** Enter: the relationship, in the step where the item is dealt with. */
    void open(AgendaItem item) {
        withRepairOf(item, repair -> openStep.accept(item.step()));
    }

    /** D: asks for what shows it was done, then marks it done today, as the timeline does. */
    void markDone(AgendaItem item) {
        dialogs.askText(Texts.get("timeline.done.title"), Texts.get("timeline.done.header", item.what()),
                Texts.get("timeline.done.label"), "", Texts.get("timeline.done.confirm"))
                .ifPresent(evidence -> withRepairOf(item, repair -> indexIn(repair, item)
                        .ifPresent(index -> timeline.markDone(index, evidence))));
    }

    /** M: marks it missed, as the timeline does (asking first if it is not due yet). */
    void markMissed(AgendaItem item) {
        withRepairOf(item, repair -> indexIn(repair, item).ifPresent(timeline::markMissed));
    }

    /** S: puts it aside until a day, with a reason. */
    void snooze(AgendaItem item) {
        snoozeQuestion.ask(item).ifPresent(choice -> week.snooze(item, choice.until(), choice.reason()));
    }

    /**
     * Selects the item's relationship and runs {@code action} once the wizard holds its repair; forgets it if
     * another relationship is chosen first. A relationship no longer in the portfolio reads the agenda again.
     */
    private void withRepairOf(AgendaItem item, Consumer<RepairCase> action) {
        long id = item.relationshipId();
        Optional<RelationshipItem> target = portfolio.all().stream().filter(r -> r.id() == id).findFirst();
        if (target.isEmpty()) {
            week.refresh();
            return;
        }
        RepairCase held = wizard.repairProperty().get();
        if (portfolio.selectedProperty().get() == target.get() && held != null && held.relationshipId() == id) {
            action.accept(held);
            return;
        }
        if (!portfolio.shown().contains(target.get())) {
            portfolio.searchProperty().set(""); // A search that hides it would undo the selection.
        }
        ChangeListener<RepairCase> loaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RepairCase> o, RepairCase old,
                                RepairCase repair) {
                if (portfolio.selectedProperty().get() != target.get()) {
                    wizard.repairProperty().removeListener(this);
                } else if (repair != null && repair.relationshipId() == id) {
                    wizard.repairProperty().removeListener(this);
                    action.accept(repair);
                }
            }
        };
        wizard.repairProperty().addListener(loaded);
        selecting = true;
        try {
            portfolio.selectedProperty().set(target.get());
        } finally {
            selecting = false;
        }
    }

    /** True while This week itself selects a relationship, which leaves This week on screen. */
    public boolean selecting() {
        return selecting;
    }

    /** The place of the item's commitment in the repair: the first open one with its words and due date. */
    static OptionalInt indexIn(RepairCase repair, AgendaItem item) {
        List<Commitment> commitments = repair.actionPlan().commitments();
        return IntStream.range(0, commitments.size()).filter(i -> {
            Commitment c = commitments.get(i);
            return c.status().isOpen() && c.what().equals(item.what()) && c.due().equals(Optional.of(item.date()));
        }).findFirst();
    }
}
