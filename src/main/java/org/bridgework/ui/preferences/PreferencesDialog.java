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
        VBox sections = new VBox(10, heading, row, help, new Separator(), offsite.view(), new Separator(), week.view());
        sections.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        // On a short screen (1024×640) the sections scroll, so the title and the buttons stay in view.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(420);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(580);
        // Issue 19: the widths above grow with the text (View → Zoom; the viewport less, to stay on a 1366-pixel
        // screen), measured from the label's own font.
        javafx.beans.binding.DoubleBinding scale = TextScale.of(label);
        backupsToKeep.prefWidthProperty().bind(scale.multiply(110));
        help.maxWidthProperty().bind(scale.multiply(560));
        scroll.prefViewportWidthProperty().bind(javafx.beans.binding.Bindings.min(scale, 1.6).multiply(580));
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        // Tab reaches fields below the fold: bring the one with the keyboard into view.
        getDialogPane().sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((p, before, now) -> reveal(scroll, sections, now));
            }
        });

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

    /** Scrolls {@code scroll} just enough that {@code node}, if it lies in {@code content}, is in view. */
    private static void reveal(javafx.scene.control.ScrollPane scroll, VBox content, javafx.scene.Node node) {
        javafx.scene.Node inside = node;
        while (inside != null && inside != content) {
            inside = inside.getParent();
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (inside == null || extra <= 0) {
            return;
        }
        javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * extra;
        if (at.getMinY() < top) {
            scroll.setVvalue(at.getMinY() / extra);
        } else if (at.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (at.getMaxY() - viewport) / extra));
        }
    }
}
