package org.bridgework.ui.main;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.bridgework.cli.Version;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;

/** The contents of Help → Keyboard shortcuts and Help → About. */
final class HelpSheets {
    private HelpSheets() {
    }

    static Node shortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("shortcutSheet");
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.all()) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, keys, new Label(shortcut.action()));
        }
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
