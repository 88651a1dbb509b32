package org.bridgework.ui.backup;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.store.Backup;
import org.bridgework.text.Texts;

/**
 * The backups of the open workbook, newest first, to pick the one to restore; encrypted copies in the off-disk
 * folder are among them, marked "Off-disk, encrypted". Enter (or the Restore
 * button, or a double click) picks the selected one; Esc closes without restoring.
 */
public final class RestoreDialog extends Dialog<Backup> {
    private final TableView<Backup> table = new TableView<>();

    public RestoreDialog(Window owner, Path workbook, Path folder, List<Backup> backups) {
        initOwner(owner);
        setTitle(Texts.get("restore.dialog.title"));
        setHeaderText(Texts.get("restore.dialog.header", workbook.getFileName()));
        ButtonType restore = new ButtonType(Texts.get("restore.dialog.restore"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(restore, cancel);
        getDialogPane().lookupButton(restore).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        getDialogPane().setContent(content(folder, backups));
        getDialogPane().setPrefWidth(700);
        setResizable(true);
        setResultConverter(button -> button == restore ? table.getSelectionModel().getSelectedItem() : null);
        if (!backups.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        // After the dialog has given the focus to its default button: the keyboard belongs in the list.
        setOnShown(event -> javafx.application.Platform.runLater(table::requestFocus));
    }

    private Node content(Path folder, List<Backup> backups) {
        table.setId("backupTable");
        table.setItems(FXCollections.observableArrayList(backups));
        table.getColumns().setAll(List.of(
                column(Texts.get("restore.dialog.taken"), BackupLabels::taken, 300),
                column(Texts.get("restore.dialog.kind"), BackupLabels::kind, 180),
                sizeColumn()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        table.setAccessibleText(Texts.get("restore.dialog.title"));
        Label empty = new Label(Texts.get("restore.dialog.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(440);
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        table.setRowFactory(view -> {
            TableRow<Backup> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    setResult(row.getItem());
                    close();
                }
            });
            return row;
        });
        VBox content = new VBox(10, table, note(Texts.get("restore.dialog.folder", folder)));
        backups.stream().filter(OffsiteBackups::isEncrypted).map(backup -> backup.file().getParent()).distinct()
                .forEach(offsite -> content.getChildren().add(note(Texts.get("restore.dialog.offsiteFolder", offsite))));
        return content;
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "text-small");
        return note;
    }

    private static TableColumn<Backup, String> column(String title, java.util.function.Function<Backup, String> text, double width) {
        TableColumn<Backup, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private static TableColumn<Backup, String> sizeColumn() {
        TableColumn<Backup, String> size = column(Texts.get("restore.dialog.size"), backup -> BackupLabels.size(backup.size()), 90);
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        return size;
    }
}
