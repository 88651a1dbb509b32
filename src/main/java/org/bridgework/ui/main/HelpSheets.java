package org.bridgework.ui.main;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.bridgework.about.Version;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;

/** The contents of Help → Keyboard shortcuts and Help → About. */
final class HelpSheets {
    private HelpSheets() {
    }

    /** Actions wrap at this width, so the sheet stays narrower than a small screen. */
    private static final double ACTION_WIDTH = 300;

    /**
     * The shortcuts in two columns of key and action, filled top to bottom then left to right, so the whole
     * sheet fits a 1024×640 screen without scrolling.
     */
    static Node shortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(5);
        grid.setId("shortcutSheet");
        var all = Shortcuts.all();
        int rows = (all.size() + 1) / 2;
        for (int i = 0; i < all.size(); i++) {
            Shortcuts.Shortcut shortcut = all.get(i);
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            action.setMaxWidth(ACTION_WIDTH);
            action.setPrefWidth(ACTION_WIDTH);
            action.setMinHeight(Label.USE_PREF_SIZE);
            int column = i < rows ? 0 : 3; // column 2 is an empty gap between the two halves
            grid.add(keys, column, i % rows);
            grid.add(action, column + 1, i % rows);
            javafx.scene.layout.GridPane.setValignment(keys, javafx.geometry.VPos.TOP);
            javafx.scene.layout.GridPane.setValignment(action, javafx.geometry.VPos.TOP);
        }
        javafx.scene.layout.ColumnConstraints gap = new javafx.scene.layout.ColumnConstraints(8);
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints(),
                gap, new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints());
        return grid;
    }

    static Node about(Path workbook) {
        Label version = new Label(Texts.get("about.version", Version.current()));
        Label tagline = new Label(Texts.get("app.tagline"));
        Label file = new Label(Texts.get("about.workbook", workbook == null ? "\u2014" : workbook));
        Label data = new Label(Texts.get("about.dataFolder", WorkbookLocations.dataFolder()));
        Label credits = new Label(Texts.get("about.credits"));
        for (Label label : new Label[] {tagline, file, data, credits}) {
            label.setWrapText(true);
            label.setMaxWidth(460);
        }
        credits.getStyleClass().add("text-muted");
        return new VBox(8, version, tagline, file, data, credits);
    }
}
