package org.bridgework.ui.form;

import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.bridgework.text.Texts;

/**
 * The one rating control of every screen: a short field that takes a whole number from its lowest to its highest
 * (blank for none unless it is required), ↑ and ↓ step it, and beside it the words each end means ("0 none ·
 * 5 very high"). Where a table's heading already says what the ends mean (the check-in's trust), the words are
 * left to the heading.
 */
public final class RatingField {
    private RatingField() {
    }

    /**
     * @param lowKey  the text key of what the lowest number means, or null to leave the words out
     * @param highKey the text key of what the highest number means
     */
    public static ValidatedField<OptionalInt> of(OptionalInt value, int min, int max, boolean required,
                                                 String lowKey, String highKey) {
        ValidatedField<OptionalInt> field = new ValidatedField<>(value,
                rating -> rating.isPresent() ? String.valueOf(rating.getAsInt()) : "", Parsers.rating(min, max, required));
        field.field().setPromptText(Texts.get("field.rating.prompt", min, max));
        field.field().setPrefColumnCount(3);
        field.field().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN) && !event.isShortcutDown()) {
                event.consume();
                OptionalInt now = Parsers.rating(min, max, false).apply(field.field().getText()).value();
                int next = now == null || now.isEmpty() ? (event.getCode() == KeyCode.UP ? min : max)
                        : now.getAsInt() + (event.getCode() == KeyCode.UP ? 1 : -1);
                field.field().setText(String.valueOf(Math.max(min, Math.min(max, next))));
                field.field().end();
            }
        });
        if (lowKey != null) {
            Label ends = new Label(Texts.get("field.rating.ends", min, Texts.get(lowKey), max, Texts.get(highKey)));
            ends.getStyleClass().addAll("text-muted", "rating-ends");
            ends.setMinWidth(Label.USE_PREF_SIZE);
            field.beside(ends);
            field.field().setAccessibleHelp(ends.getText());
        }
        return field;
    }
}
