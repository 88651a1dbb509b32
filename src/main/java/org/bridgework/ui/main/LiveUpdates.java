package org.bridgework.ui.main;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.bridgework.store.ChangeFeed;
import org.bridgework.store.WorkbookChange;
import org.bridgework.store.WorkbookStore;
import org.bridgework.ui.common.WorkbookUser;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.bridgework.ui.trash.TrashViewModel;
import org.bridgework.ui.week.WeekViewModel;
import org.bridgework.ui.wizard.WizardViewModel;

/**
 * Shows what others change in an open team workbook without reopening it: the workbook's change feed says which
 * relationships changed, and the portfolio, the repair shown (with the timeline and plan that follow it), This week
 * and the Trash read them again. Changes arriving while a read is under way are gathered into one more read, so a
 * busy team does not queue a read per save. A workbook file has no feed, and this does nothing for it.
 */
final class LiveUpdates implements WorkbookUser {
    private final PortfolioViewModel portfolio;
    private final WizardViewModel wizard;
    private final WeekViewModel week;
    private final TrashViewModel trash;
    private ChangeFeed feed = ChangeFeed.NONE;
    /** Counts workbooks opened, so a change heard from one already left is dropped. */
    private long opened;
    private boolean reading;
    private WorkbookChange waiting;

    LiveUpdates(PortfolioViewModel portfolio, WizardViewModel wizard, WeekViewModel week, TrashViewModel trash) {
        this.portfolio = portfolio;
        this.wizard = wizard;
        this.week = week;
        this.trash = trash;
    }

    @Override
    public void load(WorkbookStore workbook) {
        feed.close();
        long generation = ++opened;
        reading = false;
        waiting = null;
        Consumer<WorkbookChange> heard = change -> Platform.runLater(() -> {
            if (generation == opened) {
                changed(change);
            }
        });
        feed = workbook.watch(heard);
    }

    @Override
    public void continueIn(WorkbookStore copy) {
        load(copy);
    }

    @Override
    public void flush(Consumer<Boolean> done) {
        done.accept(true); // nothing of its own to write
    }

    private void changed(WorkbookChange change) {
        if (reading) {
            waiting = waiting == null ? change : merged(waiting, change);
            return;
        }
        reading = true;
        long generation = opened;
        RelationshipItem open = portfolio.selectedProperty().get();
        portfolio.refreshAfterOthersChanged(() -> {
            if (generation != opened) {
                return;
            }
            if (open != null && change.touches(open.id()) && !portfolio.all().contains(open)) {
                wizard.othersRemoved(open); // moved to the Trash (or no longer shared) while open here
            }
            if (portfolio.selectedProperty().get() != null && change.touches(portfolio.selectedProperty().get().id())) {
                wizard.reloadAfterOthersChanged();
            }
            week.refreshAfterOthersChanged();
            trash.refreshAfterOthersChanged();
            reading = false;
            if (waiting != null) {
                WorkbookChange next = waiting;
                waiting = null;
                changed(next);
            }
        });
    }

    private static WorkbookChange merged(WorkbookChange first, WorkbookChange second) {
        if (first.unknown() || second.unknown()) {
            return WorkbookChange.everything();
        }
        java.util.Set<Long> both = new java.util.HashSet<>(first.relationships());
        both.addAll(second.relationships());
        return WorkbookChange.of(both);
    }
}
