package org.bridgework.ui.common;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService.ExportChoice;
import org.bridgework.ui.common.DialogService.ExportRequest;

/**
 * File → Export…: the selected relationship or the whole workbook? Two choices, the first picked when a
 * relationship is selected; ↑ ↓ (or Alt with the underlined letter) choose, Enter exports, Esc cancels. Below them,
 * "Encrypt with a passphrase" (Tab, then Space, or Alt+E); the note under it says what the file will be.
 */
final class ExportChoiceDialog extends Dialog<ExportRequest> {

    ExportChoiceDialog(Window owner, String selectedName, int relationshipCount) {
        initOwner(owner);
        setTitle(Texts.get("export.choice.title"));
        setHeaderText(Texts.get("export.choice.header"));
        ButtonType export = new ButtonType(Texts.get("export.choice.confirm"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setMinWidth(520);
        getDialogPane().setPrefWidth(560);

        ToggleGroup group = new ToggleGroup();
        RadioButton one = new RadioButton(selectedName == null ? Texts.get("export.choice.noSelection")
                : Texts.get("export.choice.relationship", selectedName));
        one.setId("exportSelected");
        one.setToggleGroup(group);
        one.setDisable(selectedName == null);
        one.setWrapText(true);
        RadioButton all = new RadioButton(Texts.get("export.choice.workbook", relationshipCount));
        all.setId("exportWorkbook");
        all.setToggleGroup(group);
        all.setWrapText(true);
        RadioButton initial = selectedName == null ? all : one;
        group.selectToggle(initial);

        CheckBox encrypt = new TickingCheckBox(Texts.get("export.choice.encrypt"));
        encrypt.setId("exportEncrypt");
        encrypt.setWrapText(true);
        Label note = new Label(Texts.get("export.choice.note"));
        note.setId("exportNote");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.getStyleClass().addAll("text-muted", "text-small");
        // The note says what the file will be: readable by anyone who has it, or only with the passphrase.
        note.textProperty().bind(javafx.beans.binding.Bindings.when(encrypt.selectedProperty())
                .then(Texts.get("export.choice.note.encrypted")).otherwise(Texts.get("export.choice.note")));
        VBox content = new VBox(10, one, all, encrypt, note);
        VBox.setMargin(encrypt, new javafx.geometry.Insets(8, 0, 0, 0));
        VBox.setMargin(note, new javafx.geometry.Insets(2, 0, 0, 0));
        getDialogPane().setContent(content);

        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // A focused radio button or check box keeps Enter to itself; here Enter means "export", as elsewhere.
            if (event.getCode() == KeyCode.ENTER && event.getTarget() instanceof ButtonBase target
                    && !(target instanceof Button)) {
                event.consume();
                ((Button) getDialogPane().lookupButton(export)).fire();
            }
        });
        setResultConverter(button -> button != export ? null : new ExportRequest(
                group.getSelectedToggle() == one ? ExportChoice.RELATIONSHIP : ExportChoice.WORKBOOK,
                encrypt.isSelected()));
        setOnShown(event -> Platform.runLater(initial::requestFocus));
    }

    /**
     * A check box that Alt and its underlined letter tick, as Space and a click do: JavaFX's mnemonic only focuses it
     * and sends it an action event, which a plain check box ignores.
     */
    private static final class TickingCheckBox extends CheckBox {
        private boolean firing;

        TickingCheckBox(String text) {
            super(text);
            addEventHandler(ActionEvent.ACTION, event -> {
                if (!firing) {
                    setSelected(!isSelected());
                }
            });
        }

        @Override
        public void fire() {
            firing = true;
            try {
                super.fire();
            } finally {
                firing = false;
            }
        }
    }
}
