package org.bridgework.ui.team;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bridgework.model.team.TextChange;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.OwnedWindows;

/**
 * File → History of this relationship…: who changed which text and when, newest first; the chosen change's whole
 * texts before and after; and Restore this earlier text (Alt+R, or Enter in the list). Esc closes it. A reader of
 * the relationship sees the history and a sentence saying why they cannot restore.
 */
public final class HistoryWindow {
    private final HistoryViewModel model;
    private final ChangeWords words = new ChangeWords(ZoneId.systemDefault());
    private final Stage stage = new Stage();
    private final TableView<TextChange> table = new TableView<>();
    private final TextArea before = detail("historyBefore", "history.detail.accessible.before");
    private final TextArea after = detail("historyAfter", "history.detail.accessible.after");
    private final Button restore = new Button(Texts.get("history.restore"));

    private HistoryWindow(HistoryViewModel model, Window owner, String name) {
        this.model = model;
        OwnedWindows.setUp(stage, owner, Texts.get("history.title", name), layout(), 1000, 600, 640, 420);
        OwnedWindows.closeOnEscape(stage);
    }

    /** Opens the window over {@code owner} and reads the history into it. */
    public static HistoryWindow open(HistoryViewModel model, Window owner, String relationshipName) {
        HistoryWindow window = new HistoryWindow(model, owner, relationshipName);
        window.stage.show();
        window.table.requestFocus();
        model.load();
        return window;
    }

    private VBox layout() {
        Label heading = new Label(Texts.get("history.heading"));
        heading.getStyleClass().add("card-title");
        table.setId("historyTable");
        table.setAccessibleText(Texts.get("history.table.accessible"));
        table.getColumns().setAll(List.of(column("history.column.when", words::when, 200),
                column("history.column.who", change -> change.stamp().by(), 110),
                column("history.column.what", words::what, 270),
                column("history.column.change", words::excerpt, 340)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.changes());
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.statusProperty());
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> {
            TableRow<TextChange> row = new TableRow<>();
            // A screen reader reads the whole change as one sentence, not four cells.
            row.accessibleTextProperty().bind(Bindings.createStringBinding(
                    () -> row.getItem() == null ? null : words.sentence(row.getItem()), row.itemProperty()));
            return row;
        });
        model.changes().addListener((javafx.collections.ListChangeListener<TextChange>) change -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, chosen) -> {
            before.setText(chosen == null ? "" : chosen.before());
            after.setText(chosen == null ? "" : chosen.after());
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !restore.isDisabled()) {
                restoreChosen();
                event.consume();
            }
        });
        SplitPane split = new SplitPane(table, details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label whyNot = new Label();
        whyNot.setId("historyWhyNot");
        whyNot.setWrapText(true);
        whyNot.textProperty().bind(model.whyNoRestoreProperty());
        whyNot.managedProperty().bind(whyNot.textProperty().isNotEmpty());
        whyNot.visibleProperty().bind(whyNot.managedProperty());
        whyNot.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("historyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setAccessibleRole(AccessibleRole.TEXT);
        status.setMinHeight(Region.USE_PREF_SIZE);

        restore.setId("historyRestore");
        restore.setMnemonicParsing(true);
        restore.setTooltip(new Tooltip(Texts.get("history.restore.help")));
        restore.setAccessibleHelp(Texts.get("history.restore.help"));
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.mayRestoreProperty().not()).or(model.busyProperty()));
        restore.setOnAction(event -> restoreChosen());
        Button close = new Button(Texts.get("history.close"));
        close.setId("historyClose");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, restore, close);
        HBox.setHgrow(status, Priority.SOMETIMES);
        VBox root = new VBox(8, heading, split, whyNot, buttons);
        root.setPadding(new Insets(12));
        return root;
    }

    private GridPane details() {
        Label beforeLabel = new Label(Texts.get("history.before"));
        beforeLabel.setLabelFor(before);
        Label afterLabel = new Label(Texts.get("history.after"));
        afterLabel.setLabelFor(after);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.addRow(0, beforeLabel, afterLabel);
        grid.addRow(1, before, after);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        GridPane.setVgrow(before, Priority.ALWAYS);
        GridPane.setVgrow(after, Priority.ALWAYS);
        return grid;
    }

    private void restoreChosen() {
        TextChange chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.restore(chosen);
        }
    }

    private static TableColumn<TextChange, String> column(String title, Function<TextChange, String> text,
                                                          double width) {
        TableColumn<TextChange, String> column = new TableColumn<>(Texts.get(title));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false); // newest first is the order that explains the history
        column.setReorderable(false);
        return column;
    }

    private static TextArea detail(String id, String accessibleKey) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setAccessibleText(Texts.get(accessibleKey));
        return area;
    }

    Stage stage() {
        return stage;
    }
}
