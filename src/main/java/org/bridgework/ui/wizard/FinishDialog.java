package org.bridgework.ui.wizard;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.model.repair.ClosingReadiness;
import org.bridgework.model.repair.Outcome;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.Theme;
import org.kordamp.ikonli.feather.Feather;

/**
 * Step 8's Finish: closes the repair with how it ended. One outcome is picked (↑ ↓ move between them), Enter
 * closes the repair with it, Esc leaves everything as it was. Nothing is recorded until the button is pressed.
 */
final class FinishDialog extends Dialog<Outcome> {

    FinishDialog(Window owner, String relationshipName, Optional<Outcome> current, ClosingReadiness readiness) {
        initOwner(owner);
        setTitle(Texts.get("finish.title"));
        setHeaderText(Texts.get("finish.header", relationshipName));
        Label icon = new Label();
        icon.setGraphic(Icons.of(Feather.FLAG, 26));
        icon.getStyleClass().addAll("dialog-icon", "dialog-icon-done");
        setGraphic(icon);
        ButtonType close = new ButtonType(Texts.get("finish.confirm"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(close, cancel);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setMinWidth(520);

        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(10);
        // The manager may close at any time; the dialog says whether the record supports it (our own rule).
        Label ready = new Label(ClosingWords.line(readiness));
        ready.setId("finishReadiness");
        ready.setWrapText(true);
        ready.getStyleClass().add(readiness.suggested() ? "insight-line" : "insight-warning");
        choices.getChildren().add(ready);
        for (Outcome outcome : Outcome.values()) {
            RadioButton choice = new RadioButton(EnumNames.of(outcome));
            choice.setId("finish" + outcome.name());
            choice.setUserData(outcome);
            choice.setToggleGroup(group);
            choice.setSelected(current.filter(outcome::equals).isPresent());
            choices.getChildren().add(choice);
        }
        Label note = new Label(Texts.get("finish.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "text-small");
        choices.getChildren().add(note);
        getDialogPane().setContent(choices);

        Button closeButton = (Button) getDialogPane().lookupButton(close);
        closeButton.disableProperty().bind(group.selectedToggleProperty().isNull());
        // A focused radio button keeps Enter to itself; here Enter closes the repair, as the button says.
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.getTarget() instanceof RadioButton) {
                event.consume();
                closeButton.fire();
            }
        });
        setResultConverter(button -> button == close && group.getSelectedToggle() != null
                ? (Outcome) group.getSelectedToggle().getUserData() : null);
        RadioButton first = (RadioButton) (group.getSelectedToggle() != null ? group.getSelectedToggle()
                : group.getToggles().get(0));
        setOnShown(event -> Platform.runLater(first::requestFocus));
    }
}
