package org.bridgework.ui.details;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.bridgework.model.NameProblem;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.RelationshipNames;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AfterLayout;
import org.bridgework.ui.common.Fxml;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.Zoom;
import org.bridgework.ui.form.GrowingText;
import org.bridgework.ui.form.TabMovesFocus;
import org.bridgework.ui.portfolio.NameProblemTexts;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipCommands;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.kordamp.ikonli.feather.Feather;

/**
 * The selected relationship: its header (name, kind and organisation, Archive and Delete), and its four views in
 * tabs, the first of them its details form. Made by {@link DetailsController} when a relationship is first chosen.
 */
final class RelationshipFormController {
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
    private GridPane form;
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

    private final PortfolioViewModel model;
    private final RelationshipCommands commands;
    private final Supplier<Parent> wizardView;
    private final Supplier<Parent> timelineView;
    private final Supplier<Parent> planView;
    private final Parent view;
    /** The relationship the form edits; null while the form is being switched to another. */
    private RelationshipItem editing;

    /**
     * The views of a relationship are made when their tab is first shown.
     *
     * @param wizardView   makes the "Repair steps" view of the selected relationship
     * @param timelineView makes its "Timeline" view
     * @param planView     makes its "Plan" view
     */
    RelationshipFormController(PortfolioViewModel model, RelationshipCommands commands, Supplier<Parent> wizardView,
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
        Zoom.scaleWidths(form.getColumnConstraints().toArray(new ColumnConstraints[0]));
        // Notes grow with what is written, from four rows, rather than leave a tall empty box or scroll inside.
        GrowingText.grow(notesArea, 4, 2 * GrowingText.MAX_ROWS);
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
        deleteButton.setGraphic(Icons.of(Feather.TRASH_2));
        archiveButton.setGraphic(Icons.of(Feather.ARCHIVE));

        nameField.textProperty().addListener((o, old, typed) -> nameTyped(typed));
        relationshipPane.heightProperty().addListener((o, old, height) -> compact(height.doubleValue() < COMPACT_BELOW));
        model.selectedProperty().addListener((o, old, item) -> show(item));
        relationshipPane.visibleProperty().bind(Bindings.isNotNull(model.selectedProperty()));
        archivedBanner.managedProperty().bind(archivedBanner.visibleProperty());
        // A read-only workbook: the form and every button that changes the relationship are disabled.
        for (Node editable : new Node[] {form, archiveButton, deleteButton, unarchiveButton}) {
            editable.disableProperty().bind(model.readOnlyProperty());
        }
        show(model.selectedProperty().get());
    }

    Parent view() {
        return view;
    }

    private static void fillWhenFirstShown(Tab tab, Supplier<Parent> view) {
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(view.get());
            }
        });
    }

    void showDetails() {
        views.getSelectionModel().select(detailsTab);
    }

    void showRepair() {
        views.getSelectionModel().select(wizardTab);
    }

    void showTimeline() {
        views.getSelectionModel().select(timelineTab);
    }

    void showPlan() {
        views.getSelectionModel().select(planTab);
    }

    ReadOnlyBooleanProperty timelineShowingProperty() {
        return timelineTab.selectedProperty();
    }

    ReadOnlyBooleanProperty planShowingProperty() {
        return planTab.selectedProperty();
    }

    /** Rename: the cursor goes into the name field with the name selected. */
    void startRename() {
        showDetails();
        nameField.requestFocus();
        nameField.selectAll();
    }

    /** A new relationship was just made (its name typed in the dialog): the cursor goes to the next field. */
    void focusAfterCreate() {
        showDetails();
        organisationField.requestFocus();
        // The details tab may only just have been selected, its content not yet laid out to take the keyboard:
        // ask again after the next layout pass, after the pulse's focus clean-up (see AfterLayout).
        AfterLayout.focus(organisationField);
    }

    @FXML
    private void toggleArchived() {
        commands.toggleArchived();
    }

    @FXML
    private void delete() {
        commands.delete();
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

    /** A short window: a smaller title and less space around it. */
    private void compact(boolean compact) {
        if (compact == titleLabel.getStyleClass().contains("title-3")) {
            return;
        }
        titleLabel.getStyleClass().removeAll("title-2", "title-3");
        titleLabel.getStyleClass().add(compact ? "title-3" : "title-2");
        header.setPadding(compact ? new Insets(8, 28, 2, 28) : new Insets(18, 28, 6, 28));
        header.setSpacing(compact ? 6 : 12);
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
