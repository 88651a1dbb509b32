package org.bridgework.ui.portfolio;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.model.NameProblem;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Theme;

/**
 * Asks for the name of a new relationship. Enter creates, Esc cancels; a name that cannot be used is
 * refused in place, with the reason under the field, and the dialog stays open with the text kept.
 */
final class NewRelationshipDialog extends Dialog<String> {
    private final TextField nameField = new TextField();
    private final Label problemLabel = new Label();
    private final PortfolioViewModel model;

    private NewRelationshipDialog(Window owner, PortfolioViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle(Texts.get("newRelationship.title"));
        setHeaderText(Texts.get("newRelationship.header"));
        ButtonType create = new ButtonType(Texts.get("newRelationship.create"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setMinWidth(440);

        nameField.setId("newRelationshipName");
        nameField.setPromptText(Texts.get("newRelationship.prompt"));
        problemLabel.getStyleClass().addAll("field-problem");
        problemLabel.setId("newRelationshipProblem");
        problemLabel.setWrapText(true);
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        problemLabel.setVisible(false);
        Label label = new Label(Texts.get("newRelationship.nameLabel"));
        label.setMnemonicParsing(true);
        label.setLabelFor(nameField);
        getDialogPane().setContent(new VBox(6, label, nameField, problemLabel));

        // Duplicates are pointed out while typing; an empty name only when the user tries to create it.
        nameField.textProperty().addListener((o, old, typed) -> showProblem(model.nameProblem(typed, null)
                .filter(problem -> problem != NameProblem.EMPTY)));
        getDialogPane().lookupButton(create).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<NameProblem> problem = model.nameProblem(nameField.getText(), null);
            if (problem.isPresent()) {
                showProblem(problem);
                event.consume();
            }
        });
        setResultConverter(button -> button == create ? nameField.getText() : null);
        setOnShown(event -> Platform.runLater(nameField::requestFocus));
    }

    /** Shows the dialog and waits; the name typed, if the user created one. */
    static Optional<String> ask(Window owner, PortfolioViewModel model) {
        return new NewRelationshipDialog(owner, model).showAndWait();
    }

    private void showProblem(Optional<NameProblem> problem) {
        problemLabel.setText(problem.map(NameProblemTexts::of).orElse(""));
        problemLabel.setVisible(problem.isPresent());
        nameField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), problem.isPresent());
        getDialogPane().getScene().getWindow().sizeToScene();
    }
}
