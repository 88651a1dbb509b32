package org.bridgework.ui.details;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.bridgework.model.NameProblem;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.RelationshipNames;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.Fxml;
import org.bridgework.ui.form.TabMovesFocus;
import org.bridgework.ui.portfolio.NameProblemTexts;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.kordamp.ikonli.feather.Feather;

/** The right side: the selected relationship's form, or the empty state of a new workbook. */
public final class DetailsController {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    /** Below this height (a 1024×640 screen) the header is smaller, so the views below keep their room. */
    private static final double COMPACT_BELOW = 640;

    @FXML
    private VBox relationshipPane;
    @FXML
    private ScrollPane formPane;
    @FXML
    private TabPane views;
    @FXML
    private Tab detailsTab;
    @FXML
    private Tab wizardTab;
    @FXML
    private Tab timelineTab;
    @FXML
    private Tab planTab;
    @FXML
    private VBox header;
    @FXML
    private Label titleLabel;
    @FXML
    private Label subtitleLabel;
    @FXML
    private Button archiveButton;
    @FXML
    private Button deleteButton;
    @FXML
    private HBox archivedBanner;
    @FXML
    private Button unarchiveButton;
    @FXML
    private javafx.scene.layout.GridPane form;
    @FXML
    private Button emptyNewButton;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameProblemLabel;
    @FXML
    private TextField organisationField;
    @FXML
    private TextField contactField;
    @FXML
    private TextField ownerField;
    @FXML
    private ComboBox<RelationshipKind> kindBox;
    @FXML
    private TextArea notesArea;
    @FXML
    private VBox emptyState;
    @FXML
    private Label emptyIcon;
    @FXML
    private VBox noSelection;
    @FXML
    private Label noSelectionLabel;

    private final PortfolioViewModel model;
    private final RelationshipCommands commands;
    private final Parent view;
    /** The relationship the form edits; null while the form is being switched to another. */
    private RelationshipItem editing;

    private final Supplier<Parent> wizardView;
    private final Supplier<Parent> timelineView;
    private final Supplier<Parent> planView;
    private Runnable openExample = () -> { };

    /**
     * The views of a relationship are made when their tab is first shown, so the first frame neither builds,
     * styles nor lays them out (a faster start: docs/benchmarks.md).
     *
     * @param wizardView   makes the "Repair steps" view of the selected relationship
     * @param timelineView makes its "Timeline" view
     * @param planView     makes its "Plan" view
     */
    public DetailsController(PortfolioViewModel model, RelationshipCommands commands, Supplier<Parent> wizardView,
                             Supplier<Parent> timelineView, Supplier<Parent> planView) {
        this.model = model;
        this.commands = commands;
        this.wizardView = wizardView;
        this.timelineView = timelineView;
        this.planView = planView;
        this.view = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        // The label column grows with View → Zoom, so "Organisation" is never cut short.
        org.bridgework.ui.common.Zoom.scaleWidths(form.getColumnConstraints().toArray(new javafx.scene.layout.ColumnConstraints[0]));
        // Notes grow with what is written, from four rows, rather than leave a tall empty box or scroll inside.
        org.bridgework.ui.form.GrowingText.grow(notesArea, 4, 2 * org.bridgework.ui.form.GrowingText.MAX_ROWS);
        fillWhenFirstShown(wizardTab, wizardView);
        fillWhenFirstShown(timelineTab, timelineView);
        fillWhenFirstShown(planTab, planView);
        planTab.setId("planTab");
        views.setId("relationshipViews");
        nameField.setId("detailsName");
        nameProblemLabel.setId("detailsNameProblem");
        organisationField.setId("detailsOrganisation");
        contactField.setId("detailsContact");
        ownerField.setId("detailsOwner");
        kindBox.setId("detailsKind");
        notesArea.setId("detailsNotes");
        TabMovesFocus.on(notesArea);
        kindBox.getItems().setAll(RelationshipKind.values());
        kindBox.setConverter(new KindNames());
        emptyIcon.setGraphic(Icons.of(Feather.USERS, 44));
        emptyIcon.getStyleClass().add("empty-icon");
        deleteButton.setGraphic(Icons.of(Feather.TRASH_2));
        archiveButton.setGraphic(Icons.of(Feather.ARCHIVE));

        nameField.textProperty().addListener((o, old, typed) -> nameTyped(typed));
        relationshipPane.heightProperty().addListener((o, old, height) -> compact(height.doubleValue() < COMPACT_BELOW));
        attachWithFirstSelection();
        model.selectedProperty().addListener((o, old, item) -> show(item));
        bindVisibility();
        // A read-only workbook: the form and every button that changes the relationship are disabled.
        for (javafx.scene.Node editing : new javafx.scene.Node[] {form, archiveButton, deleteButton, unarchiveButton,
                emptyNewButton}) {
            editing.disableProperty().bind(model.readOnlyProperty());
        }
        noSelectionLabel.textProperty().bind(Bindings.when(model.readOnlyProperty())
                .then(Texts.get("details.noSelection.readOnly")).otherwise(Texts.get("details.noSelection")));
        show(model.selectedProperty().get());
    }

    public Parent view() {
        return view;
    }

    private static void fillWhenFirstShown(Tab tab, Supplier<Parent> view) {
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(view.get());
            }
        });
    }

    /** The Details view (Ctrl+1). */
    public void showDetails() {
        views.getSelectionModel().select(detailsTab);
    }

    /** The Repair steps view (Ctrl+2). */
    public void showRepair() {
        views.getSelectionModel().select(wizardTab);
    }

    /** The Timeline view (Ctrl+3). */
    public void showTimeline() {
        views.getSelectionModel().select(timelineTab);
    }

    /** The Plan view (Ctrl+4). */
    public void showPlan() {
        views.getSelectionModel().select(planTab);
    }

    /** True while the Timeline view is the one shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty timelineShowingProperty() {
        return timelineTab.selectedProperty();
    }

    /** True while the Plan view is the one shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty planShowingProperty() {
        return planTab.selectedProperty();
    }

    /** Rename: the cursor goes into the name field with the name selected. */
    public void startRename() {
        showDetails();
        nameField.requestFocus();
        nameField.selectAll();
    }

    /** A new relationship was just made (its name typed in the dialog): the cursor goes to the next field. */
    public void focusAfterCreate() {
        showDetails();
        organisationField.requestFocus();
        // The details tab may only just have been selected, its content not yet laid out to take the keyboard:
        // ask again after the next layout pass, after the pulse's focus clean-up (see AfterLayout).
        org.bridgework.ui.common.AfterLayout.focus(organisationField);
    }

    /** Enter in the list: into the form. */
    public void focusForm() {
        startRename();
    }

    @FXML
    private void toggleArchived() {
        commands.toggleArchived();
    }

    @FXML
    private void delete() {
        commands.delete();
    }

    @FXML
    private void newRelationship() {
        commands.newRelationship();
    }

    @FXML
    private void openExample() {
        openExample.run();
    }

    /** What "Explore the example" in the empty state does. */
    public void setOnOpenExample(Runnable action) {
        this.openExample = action;
    }

    private void show(RelationshipItem item) {
        if (editing != null) {
            organisationField.textProperty().unbindBidirectional(editing.organisationProperty());
            contactField.textProperty().unbindBidirectional(editing.contactPersonProperty());
            ownerField.textProperty().unbindBidirectional(editing.ownerProperty());
            kindBox.valueProperty().unbindBidirectional(editing.kindProperty());
            notesArea.textProperty().unbindBidirectional(editing.notesProperty());
            titleLabel.textProperty().unbind();
            subtitleLabel.textProperty().unbind();
            archiveButton.textProperty().unbind();
            archivedBanner.visibleProperty().unbind();
        }
        editing = null;
        if (item == null) {
            return;
        }
        nameField.setText(item.nameProperty().get());
        showNameProblem(Optional.empty());
        organisationField.textProperty().bindBidirectional(item.organisationProperty());
        contactField.textProperty().bindBidirectional(item.contactPersonProperty());
        ownerField.textProperty().bindBidirectional(item.ownerProperty());
        kindBox.valueProperty().bindBidirectional(item.kindProperty());
        notesArea.textProperty().bindBidirectional(item.notesProperty());
        titleLabel.textProperty().bind(item.nameProperty());
        subtitleLabel.textProperty().bind(Bindings.createStringBinding(() -> subtitle(item),
                item.organisationProperty(), item.kindProperty()));
        archiveButton.textProperty().bind(Bindings.when(item.archivedProperty())
                .then(Texts.get("details.unarchive")).otherwise(Texts.get("details.archive")));
        archivedBanner.visibleProperty().bind(item.archivedProperty());
        editing = item;
        formPane.setVvalue(0);
    }

    /** A valid name is saved at once; an invalid one stays in the field with the reason, and is not saved. */
    private void nameTyped(String typed) {
        if (editing == null) {
            return;
        }
        Optional<NameProblem> problem = model.nameProblem(typed, editing);
        showNameProblem(problem);
        if (problem.isEmpty()) {
            editing.nameProperty().set(RelationshipNames.clean(typed));
        }
    }

    private void showNameProblem(Optional<NameProblem> problem) {
        String kept = editing == null ? "" : editing.nameProperty().get();
        nameProblemLabel.setText(problem.map(p -> Texts.get("details.nameNotSaved", NameProblemTexts.of(p), kept)).orElse(""));
        nameProblemLabel.setVisible(problem.isPresent());
        nameProblemLabel.setManaged(problem.isPresent());
        nameField.pseudoClassStateChanged(DANGER, problem.isPresent());
    }

    /**
     * The relationship's header, tabs and form join the scene with the first selection: until then the first
     * frame neither styles nor lays out the form's controls (a faster start: docs/benchmarks.md).
     */
    private void attachWithFirstSelection() {
        javafx.scene.layout.Pane area = (javafx.scene.layout.Pane) relationshipPane.getParent();
        int index = area.getChildren().indexOf(relationshipPane);
        if (model.selectedProperty().get() == null) {
            area.getChildren().remove(relationshipPane);
        }
        model.selectedProperty().addListener((o, old, item) -> {
            if (item != null && relationshipPane.getParent() == null) {
                area.getChildren().add(index, relationshipPane);
            }
        });
    }

    /** A short window: a smaller title and less space around it. */
    private void compact(boolean compact) {
        if (compact == titleLabel.getStyleClass().contains("title-3")) {
            return;
        }
        titleLabel.getStyleClass().removeAll("title-2", "title-3");
        titleLabel.getStyleClass().add(compact ? "title-3" : "title-2");
        header.setPadding(compact ? new javafx.geometry.Insets(8, 28, 2, 28) : new javafx.geometry.Insets(18, 28, 6, 28));
        header.setSpacing(compact ? 6 : 12);
    }

    private void bindVisibility() {
        BooleanBinding loaded = Bindings.createBooleanBinding(() -> model.loadedProperty().get(), model.loadedProperty());
        BooleanBinding workbookEmpty = loaded.and(Bindings.isEmpty(model.all()));
        BooleanBinding hasSelection = Bindings.isNotNull(model.selectedProperty());
        relationshipPane.visibleProperty().bind(hasSelection);
        emptyState.visibleProperty().bind(workbookEmpty.and(hasSelection.not()));
        noSelection.visibleProperty().bind(loaded.and(Bindings.isNotEmpty(model.all())).and(hasSelection.not()));
        archivedBanner.managedProperty().bind(archivedBanner.visibleProperty());
    }

    private static String subtitle(RelationshipItem item) {
        String kind = KindNames.label(item.kindProperty().get());
        String organisation = item.organisationProperty().get();
        return organisation.isBlank() ? kind : Texts.get("details.subtitle", kind, organisation);
    }

    /** The kinds as the user reads them. */
    static final class KindNames extends StringConverter<RelationshipKind> {
        static String label(RelationshipKind kind) {
            return kind == null ? "" : Texts.get("kind." + kind.name());
        }

        @Override
        public String toString(RelationshipKind kind) {
            return label(kind);
        }

        @Override
        public RelationshipKind fromString(String text) {
            return null;
        }
    }
}
