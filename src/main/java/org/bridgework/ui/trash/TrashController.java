package org.bridgework.ui.trash;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bridgework.model.TrashedRelationship;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.FxDialogService;
import org.bridgework.ui.common.Fxml;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.OwnedWindows;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Trash window (Relationship → Trash…): what was deleted, newest first. Enter restores the selected
 * relationships and closes the window, so the restored one is seen selected in the portfolio; Delete deletes
 * them for good and Empty Trash all of them, each after asking; Esc closes.
 */
public final class TrashController {
    @FXML
    private TableView<TrashedRelationship> table;
    @FXML
    private TableColumn<TrashedRelationship, String> nameColumn;
    @FXML
    private TableColumn<TrashedRelationship, String> organisationColumn;
    @FXML
    private TableColumn<TrashedRelationship, String> deletedColumn;
    @FXML
    private Button restoreButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button emptyButton;
    @FXML
    private Button closeButton;

    private final TrashViewModel model;
    private final Stage stage = new Stage();
    /** Questions stand over this window, not behind it over the main window. */
    private final DialogService dialogs = new FxDialogService(stage);

    private TrashController(TrashViewModel model, Window owner) {
        this.model = model;
        Parent view = Fxml.load(this);
        OwnedWindows.setUp(stage, owner, Texts.get("trash.title"), view, 860, 480, 560, 320);
    }

    /** Opens the Trash window over {@code owner} and reads the Trash into it. */
    public static void open(TrashViewModel model, Window owner) {
        TrashController window = new TrashController(model, owner);
        model.refresh();
        window.stage.show();
        window.table.requestFocus();
    }

    @FXML
    private void initialize() {
        table.setId("trashTable");
        restoreButton.setId("trashRestore");
        deleteButton.setId("trashDelete");
        emptyButton.setId("trashEmpty");
        closeButton.setId("trashClose");
        restoreButton.setGraphic(Icons.of(Feather.ROTATE_CCW));
        deleteButton.setGraphic(Icons.of(Feather.X_CIRCLE));
        emptyButton.setGraphic(Icons.of(Feather.TRASH_2));
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        organisationColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().organisation()));
        deletedColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(model.deletedText(row.getValue())));
        // The order is the Trash's own, newest first; sorting by a column's text would put "Today" after dates.
        for (TableColumn<TrashedRelationship, String> column : List.of(nameColumn, organisationColumn, deletedColumn)) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        table.setItems(model.entries());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(placeholder());
        // The first row is ready for Enter as soon as the Trash is read.
        javafx.collections.ListChangeListener<TrashedRelationship> selectFirst = change -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
            }
        };
        model.entries().addListener(selectFirst);
        stage.setOnHidden(event -> {
            model.entries().removeListener(selectFirst);
            table.setItems(null);
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                restore();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                deleteForGood();
                event.consume();
            }
        });
        var nothingChosen = Bindings.isEmpty(table.getSelectionModel().getSelectedItems()).or(model.readOnlyProperty());
        restoreButton.disableProperty().bind(nothingChosen);
        deleteButton.disableProperty().bind(nothingChosen);
        emptyButton.disableProperty().bind(Bindings.isEmpty(model.entries()).or(model.readOnlyProperty()));
    }

    @FXML
    private void restore() {
        List<TrashedRelationship> chosen = chosen();
        if (!chosen.isEmpty()) {
            model.restore(chosen);
            stage.close();
        }
    }

    @FXML
    private void deleteForGood() {
        int first = table.getSelectionModel().getSelectedIndices().stream().min(Integer::compare).orElse(0);
        if (model.deleteForGood(chosen(), dialogs)) {
            selectNear(first);
        }
    }

    @FXML
    private void emptyTrash() {
        model.emptyTrash(dialogs);
        table.requestFocus();
    }

    @FXML
    private void close() {
        stage.close();
    }

    private List<TrashedRelationship> chosen() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** After a delete, the row that took the deleted one's place is selected, so Delete can go on. */
    private void selectNear(int index) {
        model.entries().addListener(new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends TrashedRelationship> change) {
                model.entries().removeListener(this);
                table.getSelectionModel().clearSelection();
                if (!table.getItems().isEmpty()) {
                    int next = Math.min(index, table.getItems().size() - 1);
                    table.getSelectionModel().select(next);
                    table.getFocusModel().focus(next);
                }
                table.requestFocus();
            }
        });
    }

    /** What an empty table says: a heading, and what the Trash is for. */
    private javafx.scene.Node placeholder() {
        Label icon = new Label();
        icon.setGraphic(Icons.of(Feather.TRASH_2, 32));
        icon.getStyleClass().add("empty-icon");
        Label heading = new Label();
        heading.setId("trashPlaceholder");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(Bindings.when(model.loadedProperty())
                .then(Texts.get("trash.placeholder.empty")).otherwise(Texts.get("trash.placeholder.loading")));
        Label hint = new Label(Texts.get("trash.placeholder.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        hint.visibleProperty().bind(model.loadedProperty());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, icon, heading, hint);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setMaxWidth(480);
        return box;
    }
}
