package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.bridgework.model.TrashedRelationship;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.trash.TrashViewModel;
import org.bridgework.ui.trash.UndoBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The undo bar's timing, with a short time to show so the test need not wait fifteen seconds. */
@ExtendWith(ApplicationExtension.class)
class UndoBarTest {
    private static final Duration SHORT = Duration.millis(400);
    private final TrashViewModel model = new TrashViewModel(new ImmediateTaskRunner(), null, FixedClock.now());
    private final BorderPane root = new BorderPane();
    private Node bar;
    private Button away;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        away = new Button("Elsewhere");
        away.setPrefSize(600, 300);
        root.setCenter(away);
        Scene scene = new Scene(root, 700, 400);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void showBar(FxRobot robot, Duration shownFor) {
        Fx.run(() -> {
            bar = new UndoBar(model.history(), shownFor, KeyCombination.keyCombination("Shortcut+Z")).view();
            root.setBottom(bar);
        });
    }

    @Test
    void itShowsWhatWasDeletedAndGoesAfterItsTime(FxRobot robot) throws Exception {
        showBar(robot, SHORT);
        robot.moveTo(away);
        Fx.run(() -> model.trashed(trashed("Acme Ltd")));
        assertTrue(bar.isVisible());
        assertEquals("\u201cAcme Ltd\u201d was moved to the Trash.", robot.lookup("#undoBarMessage")
                .queryAs(javafx.scene.control.Label.class).getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !bar.isVisible());
        assertEquals(null, model.noticeProperty().get());
        assertTrue(model.canUndoProperty().get(), "the menu can still undo it");
    }

    @Test
    void aNewDeleteStartsTheTimeAfresh(FxRobot robot) throws Exception {
        showBar(robot, SHORT);
        robot.moveTo(away);
        Fx.run(() -> model.trashed(trashed("First")));
        Fx.run(() -> model.trashed(trashed("Second")));
        assertTrue(robot.lookup("#undoBarMessage").queryAs(javafx.scene.control.Label.class).getText()
                .contains("Second"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !bar.isVisible());
    }

    @Test
    void itStaysWhileTheMouseIsOnIt(FxRobot robot) throws Exception {
        // Time enough for the mouse to get there; then it stays well past that time, until the mouse leaves.
        Duration shownFor = Duration.seconds(2);
        showBar(robot, shownFor);
        // A clock of its own, started with the bar's on JavaFX's animation timer: it tells when the bar's time is up.
        AtomicBoolean timeUp = new AtomicBoolean();
        Fx.run(() -> {
            model.trashed(trashed("Acme Ltd"));
            PauseTransition twiceItsTime = new PauseTransition(shownFor.multiply(2));
            twiceItsTime.setOnFinished(event -> timeUp.set(true));
            twiceItsTime.play();
        });
        robot.moveTo("#undoBarMessage");
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, bar::isHover);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, timeUp::get);
        Fx.settle();
        assertTrue(bar.isVisible(), "twice its time, and the bar is still there");
        robot.moveTo(away);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bar.isVisible());
        assertFalse(bar.isManaged());
    }

    private static TrashedRelationship trashed(String name) {
        return new TrashedRelationship(name.length(), name, "", Instant.parse("2026-11-23T09:30:00Z"));
    }
}
