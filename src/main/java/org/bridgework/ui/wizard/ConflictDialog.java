package org.bridgework.ui.wizard;

import java.time.Clock;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.bridgework.model.team.TextConflict;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.StampWords;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.form.TabMovesFocus;

/**
 * A text this login changed met a colleague's change of the same text: both side by side (theirs, with who saved
 * it and when; mine), and a third text to save, starting from mine. Keep theirs, keep mine or save the merged
 * text; Decide later (or Escape) keeps both as they are, mine in the editor and on the server. The result is
 * the text to save, or null for later.
 */
final class ConflictDialog extends Dialog<String> {
    static final ButtonType THEIRS = new ButtonType(Texts.get("conflict.keepTheirs"), ButtonBar.ButtonData.LEFT);
    static final ButtonType MINE = new ButtonType(Texts.get("conflict.keepMine"), ButtonBar.ButtonData.LEFT);
    static final ButtonType MERGED = new ButtonType(Texts.get("conflict.saveMerged"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType LATER = new ButtonType(Texts.get("conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private final TextArea merged;

    ConflictDialog(Window owner, TextConflict conflict, Clock clock) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Texts.get("conflict.title"));
        setResizable(true);
        String field = FieldNames.of(conflict.field());
        getDialogPane().setHeaderText(Texts.get("conflict.header", field));
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setId("conflictDialog");

        String who = conflict.saved().map(s -> Texts.get("conflict.theirs.by", s.by(), StampWords.when(s, clock)))
                .orElse(Texts.get("conflict.theirs"));
        TextArea theirs = shown(conflict.theirs(), "conflictTheirs", who);
        TextArea mine = shown(conflict.mine(), "conflictMine", Texts.get("conflict.mine"));
        merged = TabMovesFocus.on(new TextArea(conflict.mine()));
        merged.setId("conflictMerged");
        merged.setWrapText(true);
        merged.setPrefRowCount(6);
        merged.setAccessibleText(Texts.get("conflict.merged.accessible", field));

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(12, 16, 4, 16));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(heading(who, theirs), 0, 0);
        grid.add(heading(Texts.get("conflict.mine"), mine), 1, 0);
        grid.add(theirs, 0, 1);
        grid.add(mine, 1, 1);
        Label mergedLabel = heading(Texts.get("conflict.merged"), merged);
        grid.add(mergedLabel, 0, 2, 2, 1);
        grid.add(merged, 0, 3, 2, 1);
        GridPane.setVgrow(merged, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        // Wide enough for two texts side by side, and within a 1366 × 768 screen.
        getDialogPane().setPrefSize(860, 560);
        getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().addAll(THEIRS, MINE, MERGED, LATER);
        for (ButtonType type : getDialogPane().getButtonTypes()) {
            getDialogPane().lookupButton(type).setAccessibleText(type.getText().replace("_", ""));
        }
        setResultConverter(button -> button == THEIRS ? conflict.theirs() : button == MINE ? conflict.mine()
                : button == MERGED ? merged.getText() : null);
        setOnShown(event -> merged.requestFocus());
    }

    private static TextArea shown(String text, String id, String accessible) {
        TextArea area = TabMovesFocus.on(new TextArea(text));
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        area.setAccessibleText(accessible);
        return area;
    }

    private static Label heading(String text, TextArea area) {
        Label label = new Label(text);
        label.setLabelFor(area);
        label.getStyleClass().add("text-bold");
        label.setWrapText(true);
        GridPane.setValignment(label, javafx.geometry.VPos.BOTTOM);
        return label;
    }
}
