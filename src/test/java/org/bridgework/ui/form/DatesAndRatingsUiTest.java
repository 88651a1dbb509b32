package org.bridgework.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgework.ui.Fx;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.bridgework.ui.Keyboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One way to write dates, in the user's locale (United States and Germany here): date fields show it, read it and
 * ISO, keep what they cannot read with a plain reason, and their calendar writes a picked day the same way; and
 * one rating control, with ↑ and ↓ and the words each end means.
 */
@ExtendWith(ApplicationExtension.class)
class DatesAndRatingsUiTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private final Locale before = Locale.getDefault();
    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 700, 400));
        stage.show();
    }

    @BeforeEach
    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
    }

    @Test
    void inTheUnitedStates(FxRobot robot) throws Exception {
        checkDates(robot, Locale.US, "Dec 4, 2026", "Nov 13, 2026");
    }

    @Test
    void inGermany(FxRobot robot) throws Exception {
        checkDates(robot, Locale.GERMANY, "04.12.2026", "13.11.2026");
    }

    private void checkDates(FxRobot robot, Locale locale, String shown, String typed) throws Exception {
        Locale.setDefault(locale);
        ValidatedField<Optional<LocalDate>> field = build(robot, form -> form.date("act.due", Optional.of(DAY)));
        assertEquals(shown, field.field().getText(), "shown the locale's way");

        Fx.run(() -> field.field().setText(typed));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 13)), field.value(), "read the locale's way");
        Fx.run(() -> field.field().setText("2026-10-01"));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), field.value(), "and as ISO");

        Fx.run(() -> field.field().setText("the first of Smarch"));
        assertEquals("the first of Smarch", field.field().getText(), "what it cannot read stays as typed");
        assertTrue(field.problem().contains(DateText.of(LocalDate.now())), "with an example in the locale's form: "
                + field.problem());
        assertEquals(Optional.of(DAY), field.value(), "and the date it had is kept, not saved over");

        DatePicker picker = robot.lookup("#act-due-picker").queryAs(DatePicker.class);
        Fx.run(() -> picker.setValue(LocalDate.of(2027, 1, 15)));
        assertEquals(DateText.of(LocalDate.of(2027, 1, 15)), field.field().getText(), "a day picked in the calendar");
        assertEquals(Optional.of(LocalDate.of(2027, 1, 15)), field.value());
    }

    @Test
    void aRatingStepsWithTheArrowsAndSaysWhatItsEndsMean(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.US);
        ValidatedField<OptionalInt> rating = build(robot, form -> form.rating("assess.cost", OptionalInt.empty(), 0, 5, false));
        assertEquals("0 none \u00b7 5 very high", robot.from(rating).lookup(".rating-ends").queryAs(Label.class).getText());
        Fx.run(rating.field()::requestFocus);
        Keyboard.push(KeyCode.UP);
        assertEquals(OptionalInt.of(0), rating.value(), "↑ from blank gives the lowest");
        for (int i = 0; i < 7; i++) {
            Keyboard.push(KeyCode.UP);
        }
        assertEquals(OptionalInt.of(5), rating.value(), "and stops at the highest");
        Keyboard.push(KeyCode.DOWN);
        assertEquals(OptionalInt.of(4), rating.value());
        Fx.run(() -> rating.field().setText("7"));
        assertEquals("Type a whole number from 0 to 5. Not saved until then.", rating.problem());
        assertEquals(OptionalInt.empty(), rating.value(), "what it held when the cursor came in is kept");
        assertEquals("7", rating.field().getText());
    }

    private <T> T build(FxRobot robot, java.util.function.Function<FormGrid, T> make) {
        AtomicReference<T> made = new AtomicReference<>();
        Fx.run(() -> {
            FormGrid form = new FormGrid(() -> { });
            made.set(make.apply(form));
            root.getChildren().setAll(form);
        });
        return made.get();
    }
}
