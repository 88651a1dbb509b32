package org.bridgework.ui.main;

import java.time.Clock;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.details.DetailsController;
import org.bridgework.ui.plan.PlanController;
import org.bridgework.ui.plan.PlanViewModel;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.bridgework.ui.timeline.TimelineController;
import org.bridgework.ui.timeline.TimelineViewModel;
import org.bridgework.ui.wizard.WizardController;
import org.bridgework.ui.wizard.WizardViewModel;

/**
 * The right half of the window: the selected relationship's details, repair steps, timeline and plan, and
 * moving between them with the keyboard going where the user will want it. The three big views are made when
 * first shown, not for the first frame.
 */
final class RelationshipViews {
    private final WizardViewModel wizard;
    private final TimelineViewModel timeline;
    private final PlanViewModel plan;
    private final DialogService dialogs;
    private final Clock clock;
    private final TaskRunner compute;
    private final DetailsController details;
    private WizardController wizardView;
    private TimelineController timelineView;
    private PlanController planView;
    /** Runs before any of these views is shown: the window then shows this half instead of This week. */
    private Runnable beforeShowing = () -> { };

    RelationshipViews(PortfolioViewModel portfolio, RelationshipCommands commands, WizardViewModel wizard,
                      TimelineViewModel timeline, PlanViewModel plan, DialogService dialogs, Clock clock,
                      TaskRunner compute) {
        this.wizard = wizard;
        this.compute = compute;
        this.timeline = timeline;
        this.plan = plan;
        this.dialogs = dialogs;
        this.clock = clock;
        this.details = new DetailsController(portfolio, commands, () -> wizardView().view(),
                () -> timelineView().view(), () -> planView().view());
        plan.activeProperty().bind(details.planShowingProperty());
        timeline.activeProperty().bind(details.timelineShowingProperty());
    }

    void setBeforeShowing(Runnable action) {
        beforeShowing = action;
    }

    /** After New relationship: the new one's form, with the cursor in it. */
    void focusAfterCreate() {
        beforeShowing.run();
        details.focusAfterCreate();
    }

    /** F2: the name, ready to be changed. */
    void startRename() {
        beforeShowing.run();
        details.startRename();
    }

    /** Enter in the list: the cursor into the relationship's form. */
    void focusForm() {
        beforeShowing.run();
        details.focusForm();
    }

    DetailsController details() {
        return details;
    }

    void showDetails() {
        beforeShowing.run();
        details.showDetails();
    }

    void showRepair() {
        beforeShowing.run();
        details.showRepair();
        wizardView().focusStepList();
    }

    void showTimeline() {
        beforeShowing.run();
        details.showTimeline();
        timelineView().focusList();
    }

    void showPlan() {
        beforeShowing.run();
        details.showPlan();
    }

    /** Shows the repair steps without moving the keyboard, for Next and Previous step. */
    void showSteps() {
        beforeShowing.run();
        details.showRepair();
    }

    void openStep(RepairStep step) {
        beforeShowing.run();
        details.showRepair();
        wizard.goTo(step);
        wizardView().focusStepList();
    }

    private void addEntry(RepairStep step) {
        beforeShowing.run();
        details.showRepair();
        wizardView().addEntry(step);
    }

    private WizardController wizardView() {
        if (wizardView == null) {
            wizardView = new WizardController(wizard, clock, compute);
        }
        return wizardView;
    }

    private TimelineController timelineView() {
        if (timelineView == null) {
            timelineView = new TimelineController(timeline, dialogs, this::openStep, this::addEntry);
        }
        return timelineView;
    }

    private PlanController planView() {
        if (planView == null) {
            planView = new PlanController(plan);
        }
        return planView;
    }
}
