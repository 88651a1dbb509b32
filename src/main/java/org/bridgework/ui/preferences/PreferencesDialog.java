package org.bridgework.ui.preferences;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bridgework.settings.AppSettings;
import org.bridgework.text.Texts;

/**
 * The preferences: how many daily backups of each workbook to keep, and the off-disk folder with its passphrase.
 * Enter saves (unless the off-disk part is refused, with the reason shown in place), Esc cancels.
 */
public final class PreferencesDialog extends Dialog<Preferences> {
    private final Spinner<Integer> backupsToKeep;

    public PreferencesDialog(Window owner, Preferences current) {
        initOwner(owner);
        setTitle(Texts.get("preferences.title"));
        setHeaderText(null);
        backupsToKeep = new Spinner<>(AppSettings.MIN_BACKUPS_TO_KEEP, AppSettings.MAX_BACKUPS_TO_KEEP,
                current.backupsToKeep());
        backupsToKeep.setId("backupsToKeep");
        backupsToKeep.setEditable(true);
        backupsToKeep.setPrefWidth(110);
        backupsToKeep.setAccessibleText(Texts.get("preferences.backupsToKeep.accessible"));

        Label heading = new Label(Texts.get("preferences.backups"));
        heading.getStyleClass().add("title-4");
        Label label = new Label(Texts.get("preferences.backupsToKeep"));
        label.setLabelFor(backupsToKeep);
        label.setMnemonicParsing(true);
        GridPane row = new GridPane();
        row.setHgap(12);
        row.addRow(0, label, backupsToKeep);
        Label help = new Label(Texts.get("preferences.backupsToKeep.help"));
        help.setWrapText(true);
        help.setMaxWidth(560);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().add("text-muted");
        OffsiteSection offsite = new OffsiteSection(current);
        WeekSection week = new WeekSection(current.week());
        getDialogPane().setContent(new VBox(10, heading, row, help, new Separator(), offsite.view(), new Separator(),
                week.view()));

        ButtonType save = new ButtonType(Texts.get("preferences.save"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        Preferences[] checked = new Preferences[1];
        getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, event -> {
            checked[0] = offsite.folder().flatMap(folder -> offsite.newPassphrase(folder).map(passphrase ->
                    new Preferences(typedValue(), folder, current.passphraseChosen(), passphrase,
                            week.chosen()))).orElse(null);
            if (checked[0] == null) {
                event.consume(); // The reason is shown under the fields; the dialog stays open to correct it.
            }
        });
        setResultConverter(button -> button == save ? checked[0] : null);
        setOnHidden(event -> offsite.clear());
        // After the dialog has given the focus to its default button: the number is what there is to change.
        setOnShown(event -> javafx.application.Platform.runLater(() -> {
            backupsToKeep.requestFocus();
            backupsToKeep.getEditor().selectAll();
        }));
    }

    /** The number as typed, even if Enter came before the spinner took it; nonsense keeps the last good value. */
    private int typedValue() {
        try {
            backupsToKeep.commitValue();
        } catch (NumberFormatException e) {
            backupsToKeep.cancelEdit();
        }
        return backupsToKeep.getValue();
    }
}
