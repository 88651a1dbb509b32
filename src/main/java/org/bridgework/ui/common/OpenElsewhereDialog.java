package org.bridgework.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.store.WorkbookException;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService.ProblemChoice;
import org.kordamp.ikonli.feather.Feather;

/**
 * "This workbook is open in another window": look at it read-only here (the default, Enter), open another
 * workbook, or cancel (Esc; quit when nothing is open yet).
 */
final class OpenElsewhereDialog {
    private OpenElsewhereDialog() {
    }

    static ProblemChoice ask(Window owner, WorkbookException problem, boolean atStart) {
        ButtonType readOnly = new ButtonType(Texts.get("elsewhere.dialog.readOnly"), ButtonData.OK_DONE);
        ButtonType another = new ButtonType(Texts.get("elsewhere.dialog.openAnother"), ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Texts.get(atStart ? "problem.dialog.quit" : "dialog.cancel"),
                ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, "", readOnly, another, cancel);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("elsewhere.dialog.title"));
        alert.setHeaderText(Texts.get("elsewhere.dialog.header"));
        Label icon = new Label(null, Icons.of(Feather.LOCK, 28));
        icon.getStyleClass().add("dialog-icon");
        alert.setGraphic(icon);

        Label what = new Label(Texts.get("elsewhere.dialog.message", problem.file().getFileName(),
                problem.holder().map(ProblemTexts::holderInBrackets).orElse("")));
        what.setWrapText(true);
        Label where = new Label(problem.file().toString());
        where.setWrapText(true);
        where.getStyleClass().addAll("text-muted", "text-small");
        VBox content = new VBox(10, what, where);
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(600);
        alert.getDialogPane().setId("openElsewhereDialog");
        alert.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        alert.getDialogPane().getButtonTypes().forEach(type -> {
            Region button = (Region) alert.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        });
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(readOnly::equals).isPresent()) {
            return ProblemChoice.OPEN_READ_ONLY;
        }
        return answer.filter(another::equals).isPresent() ? ProblemChoice.OPEN_ANOTHER : ProblemChoice.CANCEL;
    }
}
