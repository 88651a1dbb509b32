package org.bridgework.ui.wizard;

import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * Where a step's guidance stands: beside the worksheet when there is room and the manager has not folded it
 * away; otherwise folded into a "Guidance" pane above the worksheet (opened with a click or Space), so the
 * worksheet gets the width. The manager folds it, or brings it back beside, with a button at its top.
 */
final class GuidancePlacement {
    /** Below this width the guidance is always folded. */
    static final double BESIDE_FROM = 980;

    private final BorderPane wizardPane;
    private final Pane header;
    private final ScrollPane guidancePane;
    private final TitledPane folded = new TitledPane();
    private final Button toggle = new Button();
    private final org.kordamp.ikonli.javafx.FontIcon icon = Icons.of(Feather.CHEVRON_RIGHT);
    private boolean foldedByChoice;
    private double width;

    GuidancePlacement(BorderPane wizardPane, Pane header, ScrollPane guidancePane, GuidancePane guidance) {
        this.wizardPane = wizardPane;
        this.header = header;
        this.guidancePane = guidancePane;
        folded.setText(Texts.get("wizard.guidance"));
        folded.setExpanded(false);
        folded.setId("foldedGuidance");
        toggle.setId("foldGuidance");
        toggle.getStyleClass().addAll("flat", "small");
        toggle.setGraphic(icon);
        toggle.managedProperty().bind(toggle.visibleProperty());
        toggle.setOnAction(event -> {
            foldedByChoice = !foldedByChoice;
            place(width);
            (foldedByChoice ? folded : toggle).requestFocus();
        });
        guidance.setTop(toggle);
        guidancePane.setContent(guidance);
        wizardPane.setRight(guidancePane);
        org.bridgework.ui.common.Zoom.scaleProperty().addListener((o, old, scale) -> place(width));
    }

    /** Places the guidance for a view {@code width} wide. */
    void place(double width) {
        this.width = width;
        // Measured in the text's size: at 200 % the guidance needs twice the room to stand beside.
        double besideFrom = BESIDE_FROM * org.bridgework.ui.common.Zoom.scaleProperty().get();
        boolean beside = width >= besideFrom && !foldedByChoice;
        if (beside && wizardPane.getRight() == null) {
            folded.setContent(null);
            header.getChildren().remove(folded);
            wizardPane.setRight(guidancePane);
        } else if (!beside && wizardPane.getRight() != null) {
            wizardPane.setRight(null);
            folded.setContent(guidancePane);
            header.getChildren().add(folded);
        }
        toggle.setVisible(width >= besideFrom);
        toggle.setText(Texts.get(beside ? "wizard.guidance.fold" : "wizard.guidance.beside"));
        icon.setIconCode(beside ? Feather.CHEVRON_RIGHT : Feather.BOOK_OPEN);
    }
}
