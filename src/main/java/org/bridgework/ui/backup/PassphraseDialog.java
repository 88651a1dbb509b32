package org.bridgework.ui.backup;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.text.Texts;

/**
 * Asks for a passphrase (of the off-disk copies, of an encrypted export): the one chosen before (one field), or a
 * new one (typed twice and checked against the rules, the reason shown in place). Enter confirms, Esc cancels.
 */
public final class PassphraseDialog extends Dialog<char[]> {

    /** @param help what the passphrase is for and what losing it means, under the field(s) */
    public PassphraseDialog(Window owner, String title, String header, String help, boolean choosing) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        ButtonType ok = new ButtonType(Texts.get("passphrase.ok"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        Label helpLabel = new Label(help);
        helpLabel.setWrapText(true);
        helpLabel.setMaxWidth(460);
        helpLabel.getStyleClass().add("text-muted");
        PasswordField focus;
        if (choosing) {
            PassphraseFields fields = new PassphraseFields();
            getDialogPane().setContent(new VBox(12, fields.view(), helpLabel));
            focus = fields.firstField();
            char[][] accepted = new char[1][];
            getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
                Optional<char[]> chosen = fields.acceptable();
                chosen.ifPresentOrElse(value -> accepted[0] = value, event::consume);
            });
            setResultConverter(button -> button == ok ? accepted[0] : null);
            setOnHidden(event -> fields.clear());
        } else {
            PasswordField field = new PasswordField();
            field.setId("askPassphrase");
            field.setAccessibleText(Texts.get("passphrase.known.accessible"));
            Label label = new Label(Texts.get("passphrase.known"));
            label.setLabelFor(field);
            label.setMnemonicParsing(true);
            getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
            getDialogPane().setContent(new VBox(8, label, field, helpLabel));
            focus = field;
            setResultConverter(button -> button == ok ? field.getText().toCharArray() : null);
            setOnHidden(event -> field.clear());
        }
        // After the dialog has given the focus to its default button: the passphrase is what there is to type.
        setOnShown(event -> Platform.runLater(focus::requestFocus));
    }
}
