package org.bridgework.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;

/** Short guidance beside a worksheet: what the step is for, what good looks like, the pitfall. */
final class GuidancePane extends VBox {
    /** A control kept above the sections (the button that folds the guidance away), or null. */
    private javafx.scene.Node top;

    GuidancePane() {
        super(8);
        getStyleClass().add("guidance");
    }

    void setTop(javafx.scene.Node top) {
        getChildren().remove(this.top);
        this.top = top;
        getChildren().add(0, top);
    }

    void show(RepairStep step) {
        getChildren().clear();
        if (top != null) {
            getChildren().add(top);
        }
        section("wizard.guidance.purpose", "guidance." + step.name() + ".purpose");
        section("wizard.guidance.good", "guidance." + step.name() + ".good");
        section("wizard.guidance.pitfall", "guidance." + step.name() + ".pitfall");
    }

    private void section(String headingKey, String textKey) {
        Label heading = new Label(Texts.get(headingKey));
        heading.getStyleClass().add("guidance-heading");
        Label text = new Label(Texts.guidance(textKey));
        text.setWrapText(true);
        text.getStyleClass().add("guidance-text");
        getChildren().addAll(heading, text);
    }
}
