package org.bridgework.ui.backup;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import org.bridgework.backup.crypto.PassphraseRules;
import org.bridgework.problems.EncryptionTexts;
import org.bridgework.text.Texts;

/**
 * A new passphrase typed twice, with the reason it is refused shown right under the fields (a weak one, two that
 * differ) until it is acceptable. The characters are handed out as a copy, never as a String.
 */
public final class PassphraseFields {
    private final PasswordField first = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final Label problem = new Label();
    private final GridPane view = new GridPane();

    public PassphraseFields() {
        first.setId("passphrase");
        again.setId("passphraseAgain");
        problem.setId("passphraseProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-problem");
        first.setPrefColumnCount(24);
        again.setPrefColumnCount(24);
        problem.setManaged(false);
        problem.setVisible(false);
        first.setAccessibleText(Texts.get("passphrase.new.accessible"));
        again.setAccessibleText(Texts.get("passphrase.again.accessible"));
        Label firstLabel = label("passphrase.new", first);
        Label againLabel = label("passphrase.again", again);
        view.setHgap(12);
        view.setVgap(8);
        view.addRow(0, firstLabel, first);
        view.addRow(1, againLabel, again);
        view.add(problem, 0, 2, 2, 1);
        // Typing again hides an old reason: it was about what was there before.
        first.textProperty().addListener((o, old, now) -> hideProblem());
        again.textProperty().addListener((o, old, now) -> hideProblem());
    }

    public GridPane view() {
        return view;
    }

    public PasswordField firstField() {
        return first;
    }

    /** A hint shown in the empty fields (in Preferences: that empty keeps the passphrase chosen before). */
    public void setPrompt(String text) {
        first.setPromptText(text);
        again.setPromptText(text);
    }

    /** True while both fields are empty (in Preferences: keep the passphrase chosen before). */
    public boolean isEmpty() {
        return first.getText().isEmpty() && again.getText().isEmpty();
    }

    /**
     * The passphrase if it is acceptable and typed the same twice; otherwise empty, with the reason shown under the
     * fields and the keyboard in the field to correct.
     */
    public Optional<char[]> acceptable() {
        char[] typed = first.getText().toCharArray();
        char[] repeated = again.getText().toCharArray();
        try {
            Optional<String> refused = PassphraseRules.problem(typed).map(EncryptionTexts::describe);
            if (refused.isEmpty() && !Arrays.equals(typed, repeated)) {
                refused = Optional.of(Texts.get("passphrase.differ"));
            }
            if (refused.isPresent()) {
                showProblem(refused.get());
                (PassphraseRules.problem(typed).isPresent() ? first : again).requestFocus();
                return Optional.empty();
            }
            return Optional.of(typed.clone());
        } finally {
            Arrays.fill(typed, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    /** Shows {@code text} under the fields (also for problems found elsewhere, such as no passphrase typed). */
    public void showProblem(String text) {
        problem.setText(text);
        problem.setManaged(true);
        problem.setVisible(true);
        // The dialog grows by the reason's lines rather than cutting off its own buttons.
        if (view.getScene() != null && view.getScene().getWindow() != null) {
            view.getScene().getWindow().sizeToScene();
        }
    }

    /** Empties both fields, so the passphrase does not stay in the dialog's memory longer than needed. */
    public void clear() {
        first.clear();
        again.clear();
    }

    private void hideProblem() {
        problem.setManaged(false);
        problem.setVisible(false);
    }

    private static Label label(String key, PasswordField field) {
        Label label = new Label(Texts.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }
}
