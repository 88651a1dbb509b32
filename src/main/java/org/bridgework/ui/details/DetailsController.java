package org.bridgework.ui.details;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import static org.bridgework.ui.common.Styled.styled;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.kordamp.ikonli.feather.Feather;

/**
 * The right side: the selected relationship's header, views and form, or the empty state of a new workbook, or
 * "choose a relationship". The relationship's part ({@link RelationshipFormController}) is made when a
 * relationship is first chosen, so the first frame neither builds, styles nor lays out its controls (a faster
 * start: docs/benchmarks.md).
 */
public final class DetailsController {
    /** The empty state of a new workbook; null until a workbook turns out to be empty. */
    private VBox emptyState;
    /** True while the empty state is to be shown; kept here, as its listeners hold it only weakly. */
    private BooleanBinding emptyShown;
    private final VBox noSelection;
    private final Label noSelectionLabel = new Label();
    private final PortfolioViewModel model;
    private final RelationshipCommands commands;
    private final Supplier<RelationshipFormController> makeForm;
    private final StackPane view;
    private final ReadOnlyBooleanWrapper timelineShowing = new ReadOnlyBooleanWrapper(this, "timelineShowing");
    private final ReadOnlyBooleanWrapper planShowing = new ReadOnlyBooleanWrapper(this, "planShowing");
    /** The relationship's header, views and form; null until a relationship is first chosen. */
    private RelationshipFormController form;
    private Runnable openExample = () -> { };

    /**
     * @param wizardView   makes the "Repair steps" view of the selected relationship
     * @param timelineView makes its "Timeline" view
     * @param planView     makes its "Plan" view
     */
    public DetailsController(PortfolioViewModel model, RelationshipCommands commands, Supplier<Parent> wizardView,
                             Supplier<Parent> timelineView, Supplier<Parent> planView) {
        this.model = model;
        this.commands = commands;
        this.makeForm = () -> new RelationshipFormController(model, commands, wizardView, timelineView, planView);
        this.noSelection = new VBox(8, styled(noSelectionLabel, "text-muted"));
        noSelection.setAlignment(Pos.CENTER);
        this.view = styled(new StackPane(noSelection), "details-area");
        bind();
    }

    /**
     * The empty state of a new workbook: what Bridgework is for, "New relationship" and the example. Made when a
     * workbook is first read and found empty, not for the first frame, which comes before the workbook is read
     * (its controls styled and laid out unseen were about 15 ms of a start: docs/benchmarks.md). Built in code,
     * like the rest of this view, because FXML's first use costs tens of milliseconds.
     */
    private VBox emptyState() {
        Label emptyIcon = new Label();
        emptyIcon.setGraphic(Icons.of(Feather.USERS, 44));
        emptyIcon.getStyleClass().add("empty-icon");
        Label title = styled(new Label(Texts.get("empty.title")), "title-3");
        Label text = styled(new Label(Texts.get("empty.text")), "empty-text");
        text.setWrapText(true);
        Button emptyNewButton = styled(new Button(Texts.get("empty.button")), "accent");
        emptyNewButton.disableProperty().bind(model.readOnlyProperty());
        emptyNewButton.setOnAction(event -> commands.newRelationship());
        Label hint = styled(new Label(Texts.get("empty.hint")), "text-muted", "text-small");
        Button example = styled(new Button(Texts.get("empty.example")), "flat");
        example.setAccessibleHelp(Texts.get("empty.example.note"));
        example.setOnAction(event -> openExample.run());
        Label exampleNote = styled(new Label(Texts.get("empty.example.note")), "text-muted", "text-small");
        exampleNote.setWrapText(true);
        VBox exampleBox = new VBox(0, example, exampleNote);
        exampleBox.setAlignment(Pos.CENTER);
        VBox state = styled(new VBox(14, emptyIcon, title, text, emptyNewButton, hint, exampleBox), "empty-state");
        state.setAlignment(Pos.CENTER);
        state.setMaxWidth(520);
        state.visibleProperty().bind(emptyShown);
        return state;
    }

    private void bind() {
        noSelectionLabel.textProperty().bind(Bindings.when(model.readOnlyProperty())
                .then(Texts.get("details.noSelection.readOnly")).otherwise(Texts.get("details.noSelection")));
        BooleanBinding loaded = Bindings.createBooleanBinding(() -> model.loadedProperty().get(), model.loadedProperty());
        BooleanBinding hasSelection = Bindings.isNotNull(model.selectedProperty());
        emptyShown = loaded.and(Bindings.isEmpty(model.all())).and(hasSelection.not());
        emptyShown.addListener((o, was, now) -> makeEmptyStateIfShown());
        makeEmptyStateIfShown();
        noSelection.visibleProperty().bind(loaded.and(Bindings.isNotEmpty(model.all())).and(hasSelection.not()));
        model.selectedProperty().addListener((o, old, item) -> {
            if (item != null) {
                form();
            }
        });
        if (model.selectedProperty().get() != null) {
            form();
        }
    }

    private void makeEmptyStateIfShown() {
        if (emptyShown.get() && emptyState == null) {
            emptyState = emptyState();
            view.getChildren().add(emptyState);
        }
    }

    public Parent view() {
        return view;
    }

    /** The relationship's part, made and put in front the first time it is needed. */
    private RelationshipFormController form() {
        if (form == null) {
            form = makeForm.get();
            view.getChildren().add(0, form.view());
            timelineShowing.bind(form.timelineShowingProperty());
            planShowing.bind(form.planShowingProperty());
        }
        return form;
    }

    /** The Details view (Ctrl+1). */
    public void showDetails() {
        form().showDetails();
    }

    /** The Repair steps view (Ctrl+2). */
    public void showRepair() {
        form().showRepair();
    }

    /** The Timeline view (Ctrl+3). */
    public void showTimeline() {
        form().showTimeline();
    }

    /** The Plan view (Ctrl+4). */
    public void showPlan() {
        form().showPlan();
    }

    /** True while the Timeline view is the one shown. */
    public ReadOnlyBooleanProperty timelineShowingProperty() {
        return timelineShowing.getReadOnlyProperty();
    }

    /** True while the Plan view is the one shown. */
    public ReadOnlyBooleanProperty planShowingProperty() {
        return planShowing.getReadOnlyProperty();
    }

    /** Rename: the cursor goes into the name field with the name selected. */
    public void startRename() {
        form().startRename();
    }

    /** A new relationship was just made (its name typed in the dialog): the cursor goes to the next field. */
    public void focusAfterCreate() {
        form().focusAfterCreate();
    }

    /** Enter in the list: into the form. */
    public void focusForm() {
        startRename();
    }

    /** What "Explore the example" in the empty state does. */
    public void setOnOpenExample(Runnable action) {
        this.openExample = action;
    }
}
