package org.bridgework.ui.common;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.text.Texts;
import org.kordamp.ikonli.feather.Feather;

/**
 * Asks for one line of text in the app's own words and look: a header, the question above the field, the
 * action named on its button (never a bare "OK") and the app's icon. Enter does the action, Esc cancels.
 */
final class AnswerDialog extends Dialog<String> {
    static final String FIELD_ID = "askTextField";

    AnswerDialog(Window owner, String title, String header, String label, String initial, String confirmLabel) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        Label icon = new Label();
        icon.setGraphic(Icons.of(Feather.CHECK_CIRCLE, 26));
        icon.getStyleClass().addAll("dialog-icon", "dialog-icon-done");
        setGraphic(icon);
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(confirm, cancel);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setMinWidth(520);
        getDialogPane().getButtonTypes().forEach(button ->
                ((Region) getDialogPane().lookupButton(button)).setMinWidth(Region.USE_PREF_SIZE));

        TextField field = new TextField(initial);
        field.setId(FIELD_ID);
        Label question = new Label(label);
        question.setLabelFor(field);
        question.setWrapText(true);
        getDialogPane().setContent(new VBox(6, question, field));
        // Enter in the field fires the default button (the action); Esc the cancel button.
        setResultConverter(button -> button == confirm ? field.getText() : null);
        setOnShown(event -> Platform.runLater(field::requestFocus));
    }
}
