package org.bridgework.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.text.Texts;
import org.bridgework.ui.form.RatingField;
import org.bridgework.ui.form.ValidatedField;

/**
 * The six ratings of a check-in as a small table: ability, goodwill, integrity × ours, theirs. Each rating has
 * an anchored question (Mayer, Davis and Schoorman's three grounds of trust, asked of one direction), shown
 * below the table while its field has the keyboard and read out as the field's help.
 */
final class TrustGrid extends GridPane {
    private static final String[] ITEMS = {"rebuild.ability", "rebuild.benevolence", "rebuild.integrity"};
    private static final String[] QUESTIONS = {"rebuild.question.ability", "rebuild.question.benevolence",
            "rebuild.question.integrity"};

    private final List<ValidatedField<OptionalInt>> ours = new ArrayList<>();
    private final List<ValidatedField<OptionalInt>> theirs = new ArrayList<>();
    private final Label question = new Label(Texts.get("rebuild.question.none"));

    TrustGrid(TrustCheckIn checkIn, Runnable onEdit) {
        getStyleClass().add("trust-grid");
        setHgap(12);
        setVgap(6);
        getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(150, 180, 220),
                column(), column(), column());
        addRow(0, new Label(), new Label(Texts.get(ITEMS[0])), new Label(Texts.get(ITEMS[1])), new Label(Texts.get(ITEMS[2])));
        row(1, "rebuild.ourTrust", checkIn.ourTrust(), ours, onEdit);
        row(2, "rebuild.theirTrust", checkIn.theirTrust(), theirs, onEdit);
        question.getStyleClass().add("muted");
        question.setWrapText(true);
        add(question, 0, 3, 4, 1);
    }

    private void row(int row, String labelKey, TrustRatings ratings, List<ValidatedField<OptionalInt>> fields,
                     Runnable onEdit) {
        Label label = new Label(Texts.get(labelKey));
        label.setWrapText(true);
        label.setMaxWidth(220);
        add(label, 0, row);
        int[] values = {ratings.ability(), ratings.benevolence(), ratings.integrity()};
        for (int i = 0; i < values.length; i++) {
            // A rating not given yet (a new check-in) shows as an empty field, not as an out-of-range 0.
            boolean rated = values[i] >= TrustRatings.MIN && values[i] <= TrustRatings.MAX;
            // The same rating control as everywhere; what the ends mean is said once, in the table's heading.
            ValidatedField<OptionalInt> field = RatingField.of(rated ? OptionalInt.of(values[i]) : OptionalInt.empty(),
                    TrustRatings.MIN, TrustRatings.MAX, true, null, null);
            field.field().setPrefColumnCount(3);
            field.field().setAccessibleText(label.getText() + ", " + Texts.get(ITEMS[i]));
            String asked = Texts.get(QUESTIONS[i] + (fields == ours ? ".ours" : ".theirs"));
            field.field().setAccessibleHelp(asked);
            field.field().focusedProperty().addListener((o, was, focused) -> {
                if (focused) {
                    question.setText(asked);
                }
            });
            field.valueProperty().addListener((o, old, value) -> onEdit.run());
            fields.add(field);
            add(field, i + 1, row);
        }
    }

    private static javafx.scene.layout.ColumnConstraints column() {
        return new javafx.scene.layout.ColumnConstraints(70, 90, 130);
    }

    List<ValidatedField<OptionalInt>> ours() {
        return ours;
    }

    List<ValidatedField<OptionalInt>> theirs() {
        return theirs;
    }
}
