package org.bridgework.ui.wizard;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/** A panel of what Bridgework's rules make of the worksheet: read-only, redrawn after each edit. */
final class InsightBox extends VBox {
    private final Label title = new Label();

    InsightBox(String titleKey) {
        super(6);
        getStyleClass().add("insight-box");
        title.setText(Texts.get(titleKey));
        title.setGraphic(Icons.of(Feather.ZAP));
        title.getStyleClass().add("insight-title");
        getChildren().add(title);
    }

    /** Replaces the lines under the title; a line starting with "!" is shown as a warning. No lines hide the box. */
    void show(List<String> lines) {
        setVisible(!lines.isEmpty());
        setManaged(!lines.isEmpty());
        getChildren().setAll(title);
        for (String line : lines) {
            boolean warning = line.startsWith("!");
            Label label = new Label(warning ? line.substring(1) : line);
            label.setWrapText(true);
            label.getStyleClass().add(warning ? "insight-warning" : "insight-line");
            getChildren().add(label);
        }
    }
}
