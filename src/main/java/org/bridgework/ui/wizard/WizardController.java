package org.bridgework.ui.wizard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.OfferCommitments;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.StepCompletion;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Fxml;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.TaskRunner;
import org.kordamp.ikonli.feather.Feather;

/** The "Repair steps" view: the step list, the current step's worksheet, and its guidance. */
public final class WizardController {
    @FXML
    private BorderPane wizardPane;
    @FXML
    private BorderPane centerPane;
    @FXML
    private ListView<RepairStep> stepList;
    @FXML
    private javafx.scene.layout.VBox header;
    @FXML
    private Label stepNumberLabel;
    @FXML
    private Label stepTitleLabel;
    @FXML
    private Label stepQuestionLabel;
    @FXML
    private Label changedByLabel;
    @FXML
    private ScrollPane worksheetPane;
    @FXML
    private ScrollPane guidancePane;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Label completeLabel;
    @FXML
    private Label loadingLabel;
    @FXML
    private javafx.scene.layout.VBox teamNotices;
    private TeamNotices notices;

    private final WizardViewModel model;
    private final Clock clock;
    /** Runs slow checks (the apology check) off the JavaFX thread. */
    private final TaskRunner compute;
    private final GuidancePane guidance = new GuidancePane();
    /** Parts the manager said the apology check was wrong to find; kept while the window is open. */
    private final ApologyRejections rejections = new ApologyRejections();
    private GuidancePlacement guidancePlacement;
    private final Parent view;
    private Worksheet worksheet;
    private RepairStep shownStep;
    private long shownRelationship = -1;
    /** True while the worksheet's own edit is applied: any other change of its step (Undo, the timeline) rebuilds it. */
    private boolean worksheetEditing;
    private Set<RepairStep> completed = EnumSet.noneOf(RepairStep.class);

    public WizardController(WizardViewModel model, Clock clock, TaskRunner compute) {
        this.model = model;
        this.clock = clock;
        this.compute = compute;
        this.view = Fxml.load(this);
        // Filters run before the tab pane around us, which would take Ctrl+PageDown for switching tabs.
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
        ((javafx.scene.layout.Region) view).widthProperty().addListener((o, old, width) -> guidancePlacement.place(width.doubleValue()));
    }

    @FXML
    private void initialize() {
        stepList.setId("stepList");
        stepList.setItems(FXCollections.observableArrayList(RepairStep.values()));
        stepList.setCellFactory(list -> new StepCell(() -> completed));
        stepList.getSelectionModel().selectedItemProperty().addListener((o, old, step) -> {
            if (step != null) {
                model.goTo(step);
            }
        });
        backButton.setGraphic(Icons.of(Feather.ARROW_LEFT));
        nextButton.setGraphic(Icons.of(Feather.ARROW_RIGHT));
        nextButton.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        guidancePlacement = new GuidancePlacement(wizardPane, header, guidancePane, guidance);
        // Large text (View → Zoom) widens the step list and the guidance with it, and folds the guidance sooner.
        // The step list grows less than the text (its names wrap): the worksheet needs the width more.
        org.bridgework.ui.common.Zoom.scaleWidthsUpTo(1.3, stepList);
        org.bridgework.ui.common.Zoom.scaleWidths(guidancePane);
        wizardPane.visibleProperty().bind(model.repairProperty().isNotNull());
        loadingLabel.visibleProperty().bind(model.repairProperty().isNull());
        changedByLabel.textProperty().bind(model.changedByProperty());
        changedByLabel.managedProperty().bind(changedByLabel.textProperty().isNotEmpty());
        model.repairProperty().addListener((o, old, repair) -> repairChanged(repair));
        repairChanged(model.repairProperty().get());
        notices = new TeamNotices(model, teamNotices, clock);
    }

    /** The strips about colleagues' changes and rights (team workbooks), for tests. */
    TeamNotices notices() {
        return notices;
    }

    public Parent view() {
        return view;
    }

    /** Puts the keyboard on the step list (Tab goes on into the worksheet), e.g. after switching to this view. */
    public void focusStepList() {
        javafx.application.Platform.runLater(stepList::requestFocus);
    }

    /**
     * Shows {@code step} and adds a new, blank entry to its list (from the timeline's "Add …" buttons), with
     * the cursor in it and the page scrolled so it is in view.
     */
    public void addEntry(RepairStep step) {
        model.goTo(step);
        if (worksheet != null && shownStep == step) {
            worksheet.addEntry();
            revealWhenFocused();
        }
    }

    /**
     * Scrolls the new entry into view once it has the keyboard: the list puts the cursor there after the next
     * layout pass ({@code AfterLayout}), and a view switched in the same turn may hand the keyboard elsewhere
     * first, so this waits for the keyboard to arrive in the worksheet (a few focus changes at most).
     */
    private void revealWhenFocused() {
        Scene scene = view.getScene();
        if (scene == null) {
            return;
        }
        int[] changesLeft = {3};
        ChangeListener<Node> watch = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Node> property, Node old, Node owner) {
                boolean inWorksheet = owner != null && WorksheetScroll.isInside(owner, worksheetPane);
                if (inWorksheet || --changesLeft[0] <= 0) {
                    scene.focusOwnerProperty().removeListener(this);
                }
                if (inWorksheet) {
                    WorksheetScroll.reveal(worksheetPane, scene);
                }
            }
        };
        scene.focusOwnerProperty().addListener(watch);
    }

    /** Next; on the last step, Finish: close the repair with an outcome. */
    @FXML
    private void next() {
        if (shownStep == RepairStep.REBUILD) {
            finish();
        } else {
            model.next();
        }
    }

    /**
     * Asks how the repair ended and records it, with the stage it brings (the last). Only the dialog's own
     * button records anything: Esc, or looking at Step 8, changes nothing.
     */
    private void finish() {
        RepairCase repair = model.repairProperty().get();
        if (repair == null || model.readOnlyProperty().get()) {
            return;
        }
        new FinishDialog(view.getScene().getWindow(), model.relationshipName(), repair.rebuilding().outcome(),
                org.bridgework.model.repair.ClosingReadiness.of(repair, model.today()))
                .showAndWait()
                .ifPresent(outcome -> model.update(current -> current.withRebuilding(
                        current.rebuilding().withOutcome(outcome))));
    }

    @FXML
    private void previous() {
        model.previous();
    }

    private void stepKeys(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.PAGE_UP) {
            model.previous();
            event.consume();
        }
    }

    private void repairChanged(RepairCase repair) {
        if (repair == null) {
            worksheet = null;
            shownStep = null;
            shownRelationship = -1;
            worksheetPane.setContent(null);
            return;
        }
        completed = StepCompletion.completed(repair);
        boolean otherRelationship = repair.relationshipId() != shownRelationship;
        if (otherRelationship || repair.currentStep() != shownStep) {
            showStep(repair, otherRelationship);
        } else if (!worksheetEditing && !worksheet.applyTo(repair).equals(repair)) {
            // Changed from elsewhere (Undo, marked done on the timeline) in what the fields hold: they must show
            // it, or the next keystroke in them would write the old values back over it. A change the fields
            // already agree with (the step shown, a new entry's save coming back) keeps them, and the cursor.
            // The cursor stays where it was too (others' change in a team workbook arrives while one sits in a field).
            double scrolled = worksheetPane.getVvalue();
            javafx.scene.Parent before = (javafx.scene.Parent) worksheetPane.getContent();
            java.util.Optional<org.bridgework.ui.form.FocusPlace> cursor = before == null || before.getScene() == null
                    ? java.util.Optional.empty()
                    : org.bridgework.ui.form.FocusPlace.of(before, before.getScene().getFocusOwner());
            showStep(repair, false);
            worksheetPane.setVvalue(scrolled);
            cursor.ifPresent(place -> {
                javafx.scene.Parent after = (javafx.scene.Parent) worksheetPane.getContent();
                after.applyCss(); // the controls' skins, so the new form counts its controls as the old one did
                place.restoreIn(after);
            });
        } else {
            worksheet.refresh(repair);
        }
        stepList.refresh();
        completeLabel.setText(completed.contains(repair.currentStep()) ? Texts.get("wizard.complete") : "");
        completeLabel.setGraphic(completed.contains(repair.currentStep()) ? Icons.of(Feather.CHECK_CIRCLE) : null);
    }

    private void showStep(RepairCase repair, boolean otherRelationship) {
        RepairStep step = repair.currentStep();
        shownStep = step;
        shownRelationship = repair.relationshipId();
        worksheet = create(step, repair);
        worksheet.refresh(repair);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(worksheet.view());
        content.getStyleClass().add("worksheet");
        // Read-only: the worksheet with its lists' Add, Remove and Sort buttons is disabled; the steps still move.
        content.disableProperty().bind(model.readOnlyProperty());
        worksheetPane.setContent(content);
        worksheetPane.setVvalue(0);
        stepNumberLabel.setText(Texts.get("wizard.stepOf", step.number(), RepairStep.values().length));
        stepTitleLabel.setText(Texts.guidance("guidance." + step.name() + ".title"));
        stepQuestionLabel.setText(Texts.guidance("guidance." + step.name() + ".question"));
        model.showChangedBy(repair.relationshipId(), step);
        guidance.show(step);
        backButton.setDisable(step.previous().isEmpty());
        boolean last = step.next().isEmpty();
        // The last step ends with Finish, which closes the repair; it cannot be used on a read-only workbook.
        nextButton.disableProperty().unbind();
        if (last) {
            nextButton.disableProperty().bind(model.readOnlyProperty());
        } else {
            nextButton.setDisable(false);
        }
        nextButton.setText(Texts.get(last ? "wizard.finish" : "wizard.next"));
        nextButton.setGraphic(Icons.of(last ? Feather.FLAG : Feather.ARROW_RIGHT));
        if (stepList.getSelectionModel().getSelectedItem() != step) {
            stepList.getSelectionModel().select(step);
        }
        if (otherRelationship) {
            stepList.scrollTo(0);
        }
    }

    private Worksheet create(RepairStep step, RepairCase repair) {
        Runnable onEdit = () -> {
            worksheetEditing = true;
            try {
                model.update(current -> worksheet.applyTo(current));
            } finally {
                worksheetEditing = false;
            }
        };
        LocalDate today = LocalDate.now(clock);
        Worksheet created = switch (step) {
            case ASSESS -> new AssessWorksheet(repair, onEdit, model::relationshipKind, today);
            case UNDERSTAND -> new UnderstandWorksheet(repair, onEdit);
            case OWN -> new OwnWorksheet(repair, onEdit);
            case PREPARE -> new PrepareWorksheet(repair, onEdit);
            case TALK -> new TalkWorksheet(repair, onEdit, today, agreed -> addCommitment(agreed, today));
            case APOLOGISE -> new ApologiseWorksheet(repair, onEdit, offer -> addCommitment(offer, today), rejections,
                    compute, () -> model.draftMail(org.bridgework.plan.mail.MailKind.APOLOGY));
            case ACT -> new ActWorksheet(repair, onEdit, today);
            case REBUILD -> new RebuildWorksheet(repair, onEdit, today);
        };
        created.offerUndo(new RepairUndo(model));
        return created;
    }

    /**
     * One action: an offer of repair, or a next step agreed in a conversation, becomes a planned commitment in Act,
     * owned by our spokesperson.
     */
    private void addCommitment(RepairOffer offer, LocalDate today) {
        model.update(current -> {
            if (OfferCommitments.madeFrom(offer, current.actionPlan().commitments()).isPresent()) {
                return current;
            }
            Commitment commitment = offer.toCommitment(current.ownership().spokesperson(),
                    today.plusDays(ApologiseWorksheet.OFFER_DUE_IN_DAYS));
            java.util.List<Commitment> all = new java.util.ArrayList<>(current.actionPlan().commitments());
            all.add(commitment);
            return current.withActionPlan(new ActionPlan(all));
        });
    }
}

