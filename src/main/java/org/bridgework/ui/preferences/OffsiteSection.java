package org.bridgework.ui.preferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.bridgework.text.Texts;
import org.bridgework.ui.backup.PassphraseFields;

/**
 * The off-disk part of the preferences: the second folder and the passphrase its copies are encrypted with. A
 * folder without a passphrase, or a weak one, is refused with the reason under the fields.
 */
final class OffsiteSection {
    private final TextField folder = new TextField();
    private final PassphraseFields passphrase = new PassphraseFields();
    private final boolean passphraseChosen;
    private final VBox view;

    OffsiteSection(Preferences current) {
        this.passphraseChosen = current.passphraseChosen() && current.offsiteFolder().isPresent();
        folder.setId("offsiteFolder");
        folder.setText(current.offsiteFolder().map(Path::toString).orElse(""));
        folder.setPromptText(Texts.get("preferences.offsite.folder.prompt"));
        folder.setAccessibleText(Texts.get("preferences.offsite.folder.accessible"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(Texts.get("preferences.offsite.choose"));
        choose.setId("chooseOffsiteFolder");
        choose.setOnAction(event -> chooseFolder());
        Label folderLabel = new Label(Texts.get("preferences.offsite.folder"));
        folderLabel.setLabelFor(folder);
        folderLabel.setMnemonicParsing(true);
        Label heading = new Label(Texts.get("preferences.offsite"));
        heading.getStyleClass().add("title-4");
        Label help = muted(Texts.get("preferences.offsite.help"));
        if (passphraseChosen) {
            passphrase.setPrompt(Texts.get("preferences.offsite.passphrase.keep"));
        }
        view = new VBox(8, heading, help, folderLabel, new HBox(8, folder, choose), passphrase.view());
        if (!passphraseChosen) {
            view.getChildren().add(muted(Texts.get("preferences.offsite.passphrase.new")));
        }
    }

    Node view() {
        return view;
    }

    /** The folder typed, empty when the field is blank; a text that is no path here is refused. */
    Optional<Optional<Path>> folder() {
        String typed = folder.getText().strip();
        if (typed.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(Path.of(typed).toAbsolutePath().normalize()));
        } catch (InvalidPathException e) {
            passphrase.showProblem(Texts.get("preferences.offsite.notAPath", typed));
            folder.requestFocus();
            return Optional.empty();
        }
    }

    /**
     * Checks the section: empty if it is not acceptable (the reason is shown), else the new passphrase, or an empty
     * one to keep the old (or when there is no folder).
     */
    Optional<Optional<char[]>> newPassphrase(Optional<Path> chosenFolder) {
        if (chosenFolder.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (passphrase.isEmpty()) {
            if (passphraseChosen) {
                return Optional.of(Optional.empty());
            }
            passphrase.showProblem(Texts.get("preferences.offsite.passphrase.missing"));
            passphrase.firstField().requestFocus();
            return Optional.empty();
        }
        return passphrase.acceptable().map(Optional::of);
    }

    void clear() {
        passphrase.clear();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("preferences.offsite.choose.title"));
        folder().flatMap(path -> path).filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(view.getScene().getWindow());
        if (chosen != null) {
            folder.setText(chosen.getAbsolutePath());
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        label.maxWidthProperty().bind(TextScale.of(label).multiply(560));
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
