package org.bridgework.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgework.ui.Fx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The slow-step dialog on a real window: what it lets through, when it shows, Cancel, and the waiting limit. */
@ExtendWith(ApplicationExtension.class)
class SlowStepDialogTest {
    private Stage stage;
    private TextField field;
    private SlowSteps steps;
    private SlowStep step;
    private final List<String> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        this.stage = stage;
        field = new TextField();
        field.setId("field");
        stage.setScene(new Scene(field, 500, 300));
        stage.setOnCloseRequest(event -> {
            event.consume();
            events.add("close asked");
        });
        stage.show();
        steps = new SlowStepDialog(stage);
    }

    @AfterEach
    void finish(FxRobot robot) {
        if (step != null) {
            Fx.run(step::finish);
        }
    }

    @Test
    void aQuickStepShowsNothingYetTheWindowTakesNoInputUntilItEnds(FxRobot robot) {
        Fx.run(() -> {
            step = steps.begin("Saving your changes\u2026", true);
            step.finish();
        });
        Fx.settle();
        assertFalse(shown(robot), "finished within the pause: no dialog ever");

        Fx.run(() -> step = steps.begin("Saving your changes\u2026", true));
        robot.clickOn(field).write("lost");
        Fx.run(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals("", field.getText(), "keys wait for the step");
        assertEquals(List.of(), events, "closing the window waits for the step too");
        Fx.run(step::finish);
        robot.clickOn(field).write("typed");
        assertEquals("typed", field.getText(), "the window takes keys again");
    }

    @Test
    void aSlowStepShowsTheDialogAndCancelEndsItAsCancelled(FxRobot robot) throws Exception {
        Fx.run(() -> step = steps.begin("Closing the workbook\u2026", true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot));
        assertEquals("Closing the workbook\u2026", robot.lookup("#slowStepText").queryLabeled().getText());
        robot.clickOn("#slowStepCancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shown(robot));
        assertTrue(step.cancelled());
        robot.clickOn(field).write("back");
        assertEquals("back", field.getText());
    }

    @Test
    void onceItCannotBeCancelledThereIsNoCancelAndClosingTheDialogDoesNothing(FxRobot robot) throws Exception {
        Fx.run(() -> {
            step = steps.begin("Saving your changes\u2026", true);
            step.update("Restoring the backup\u2026", false);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot));
        assertFalse(robot.lookup("#slowStepCancel").queryButton().isVisible());
        Stage dialog = (Stage) robot.lookup("#slowStepDialog").query().getScene().getWindow();
        Fx.run(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Fx.run(dialog::requestFocus);
        robot.targetWindow(dialog).push(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(shown(robot));
        assertFalse(step.cancelled());
        Fx.run(step::finish);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shown(robot));
    }

    @Test
    void awaitHandsOverTheAnswerOnceOrTheFallbackWhenTheLimitPassesFirst(FxRobot robot) throws Exception {
        List<Object> heard = new ArrayList<>();
        List<Consumer<Boolean>> answerLater = new ArrayList<>();
        Fx.run(() -> {
            step = steps.begin("Saving your changes\u2026", true);
            step.await(answerLater::add, Duration.ofMillis(200), false, heard::add);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !heard.isEmpty());
        assertEquals(List.of(false), heard, "the limit passed: the fallback");
        Fx.run(() -> answerLater.get(0).accept(true));
        assertEquals(List.of(false), heard, "a late answer is not heard");

        List<Object> quick = new ArrayList<>();
        Fx.run(() -> step.await(answer -> answer.accept(true), Duration.ofMillis(200), false, quick::add));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot));
        assertEquals(List.of(true), quick, "an answer in time, heard once: the limit passing later adds nothing");
    }

    @Test
    void aCancelledStepHearsNoAnswer(FxRobot robot) throws Exception {
        List<Object> heard = new ArrayList<>();
        List<Consumer<Boolean>> answerLater = new ArrayList<>();
        Fx.run(() -> {
            step = steps.begin("Saving your changes\u2026", true);
            step.await(answerLater::add, Duration.ofSeconds(10), false, heard::add);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot));
        robot.clickOn("#slowStepCancel");
        Fx.run(() -> answerLater.get(0).accept(true));
        assertEquals(List.of(), heard);
    }

    private static boolean shown(FxRobot robot) {
        return robot.lookup("#slowStepDialog").tryQuery().map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }
}
