package org.bridgework.ui.portfolio;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import static org.bridgework.ui.common.Styled.styled;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.feather.Feather;

/** The left side: search, "Show archived", and the list of relationships. */
public final class PortfolioController {
    private final Button newButton = styled(new Button(Texts.get("portfolio.new")), "accent", "small");
    private final CustomTextField searchField = new CustomTextField();
    private final CheckBox showArchivedBox = new CheckBox(Texts.get("portfolio.showArchived"));
    private final ListView<RelationshipItem> list = new ListView<>();
    private final Label countLabel = styled(new Label(), "text-muted", "text-small");

    private final PortfolioViewModel model;
    private final RelationshipCommands commands;
    private final Runnable openDetails;
    private final Parent view;
    private java.util.function.Consumer<org.bridgework.model.repair.RepairStep> openStep;

    /**
     * @param openDetails moves the keyboard focus into the selected relationship's form (Enter in the list)
     */
    public PortfolioController(PortfolioViewModel model, RelationshipCommands commands, Runnable openDetails) {
        this.model = model;
        this.commands = commands;
        this.openDetails = openDetails;
        this.view = layOut();
        bind();
    }

    /**
     * Title and New, search, "Show archived", the list and its count. Built here, not in FXML: the first frame
     * shows this view, and FXML's first use costs tens of milliseconds of a start (docs/benchmarks.md).
     */
    private VBox layOut() {
        Label title = styled(new Label(Texts.get("portfolio.title")), "title-4");
        title.setMinWidth(Region.USE_PREF_SIZE);
        newButton.setMinWidth(Region.USE_PREF_SIZE);
        newButton.setTooltip(new Tooltip(Texts.get("portfolio.new.tooltip")));
        newButton.setOnAction(event -> commands.newRelationship());
        // A flow, not a row: with large text (View → Zoom) the button goes under the title instead of hiding it.
        FlowPane titleRow = new FlowPane(12, 6, title, newButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        searchField.setPromptText(Texts.get("portfolio.search.prompt"));
        searchField.setAccessibleText(Texts.get("portfolio.search.accessible"));
        showArchivedBox.setMnemonicParsing(true);
        list.setAccessibleText(Texts.get("portfolio.list.accessible"));
        VBox.setVgrow(list, Priority.ALWAYS);
        countLabel.setId("portfolioCount");
        countLabel.setWrapText(true);
        VBox pane = styled(new VBox(10, titleRow, searchField, showArchivedBox, list, countLabel), "portfolio");
        pane.setPadding(new Insets(14, 12, 10, 14));
        pane.setMinWidth(260);
        pane.setPrefWidth(320);
        return pane;
    }

    private void bind() {
        newButton.setGraphic(Icons.of(Feather.PLUS));
        newButton.disableProperty().bind(model.readOnlyProperty());
        searchField.setId("search");
        searchField.setLeft(Icons.of(Feather.SEARCH));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        showArchivedBox.selectedProperty().bindBidirectional(model.showArchivedProperty());

        list.setId("portfolio");
        list.setItems(model.shown());
        list.setCellFactory(ignored -> new RelationshipCell(model.worksheets()::wantExcerpt));
        FocusedRowInView focusedRow = new FocusedRowInView(list);
        model.worksheets().excerptsShownProperty().addListener((o, old, count) -> focusedRow.rowsChanged());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null || list.getItems().isEmpty()) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((o, old, item) -> {
            // Only a selection made elsewhere (a new relationship) needs scrolling to; the list's own is in view.
            if (item != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(item);
                if (item != null) {
                    list.scrollTo(item);
                }
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                commands.delete();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                openSelected();
                event.consume();
            }
        });
        // Down from the search field goes into the list, so searching and picking need no mouse.
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
                event.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        placeholder.textProperty().bind(Bindings.createStringBinding(this::placeholderText,
                model.all(), model.searchProperty(), model.loadedProperty(), model.readOnlyProperty(),
                model.worksheets().searchingProperty()));
        list.setPlaceholder(placeholder);
        countLabel.textProperty().bind(Bindings.createStringBinding(this::countText, model.shown(), model.all(),
                model.worksheets().foundProperty(), model.searchProperty()));
    }

    /** Where Enter takes a relationship the search found in its worksheets: the step that holds the words. */
    public void setOpenStep(java.util.function.Consumer<org.bridgework.model.repair.RepairStep> openStep) {
        this.openStep = openStep;
    }

    /** Enter: the step where the search found the words, else the relationship's form. */
    private void openSelected() {
        org.bridgework.model.search.WorksheetHit hit = model.selectedProperty().get().hitProperty().get();
        if (hit != null && hit.place().step().isPresent() && openStep != null) {
            openStep.accept(hit.place().step().get());
        } else {
            openDetails.run();
        }
    }

    public Parent view() {
        return view;
    }

    /** Ctrl+F: into the search field, its text selected so typing replaces it. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void focusList() {
        list.requestFocus();
    }

    private String placeholderText() {
        if (!model.loadedProperty().get()) {
            return Texts.get("portfolio.loading");
        }
        if (model.all().isEmpty()) {
            return Texts.get(model.readOnlyProperty().get() ? "portfolio.placeholder.emptyReadOnly"
                    : "portfolio.placeholder.empty");
        }
        if (model.searchProperty().get().isBlank()) {
            return Texts.get("portfolio.placeholder.allArchived");
        }
        // Not "nothing matches" before the worksheets have answered: in a large workbook that takes a moment.
        return Texts.get(model.worksheets().searchingProperty().get() ? "portfolio.placeholder.searching"
                : "portfolio.placeholder.noMatch", model.searchProperty().get().strip());
    }

    /** The count, and what the search looked through: the names only, or the worksheets too. */
    private String countText() {
        String count = plainCountText();
        String typed = model.searchProperty().get();
        if (typed.isBlank()) {
            return count;
        }
        if (!org.bridgework.model.search.SearchWords.of(typed).searchesWorksheets()) {
            return Texts.get("portfolio.count.namesOnly", count);
        }
        int found = model.worksheets().foundProperty().get();
        return found == 0 ? count : Texts.get("portfolio.count.foundInWorksheets", count, found);
    }

    private String plainCountText() {
        int total = model.all().size();
        int shown = model.shown().size();
        if (shown == total) {
            return Texts.get("portfolio.count.all", total);
        }
        long archived = model.all().stream().filter(item -> item.archivedProperty().get()).count();
        boolean onlyArchivedHidden = model.searchProperty().get().isBlank() && shown + archived == total;
        return onlyArchivedHidden ? Texts.get("portfolio.count.archivedHidden", shown, archived)
                : Texts.get("portfolio.count.some", shown, total);
    }
}
