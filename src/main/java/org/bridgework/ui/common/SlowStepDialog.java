package org.bridgework.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.bridgework.text.Texts;

/**
 * The real {@link SlowSteps}: from the start of a step the main window lets no input through (keys, clicks, its
 * close button), and after {@link #SHOW_AFTER} a small modal dialog over it says what is going on, with a spinning
 * indicator and, while it is safe, Cancel (Esc). Timers, never sleeps: the JavaFX thread keeps painting throughout.
 */
public final class SlowStepDialog implements SlowSteps {
    private final Window owner;

    /** @param owner the main window, whose commands wait while a step runs */
    public SlowStepDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public SlowStep begin(String what, boolean cancellable) {
        Step step = new Step(what, cancellable);
        step.start();
        return step;
    }

    private static javafx.util.Duration fx(Duration duration) {
        return javafx.util.Duration.millis(duration.toMillis());
    }

    private final class Step implements SlowStep {
        private final Label text = new Label();
        private final Button cancel = new Button(Texts.get("dialog.cancel"));
        private final PauseTransition showing = new PauseTransition(fx(SHOW_AFTER));
        /** Swallows the main window's input and close requests while the step runs. */
        private final EventHandler<Event> swallow = event -> {
            if (event instanceof InputEvent || event.getEventType() == WindowEvent.WINDOW_CLOSE_REQUEST) {
                event.consume();
            }
        };
        private PauseTransition limit;
        private Stage dialog;
        private boolean cancellable;
        private boolean ended;
        /** Volatile: work on another thread may ask whether it was cancelled ({@link SlowStep#cancelled()}). */
        private volatile boolean cancelled;

        Step(String what, boolean cancellable) {
            update(what, cancellable);
        }

        void start() {
            owner.addEventFilter(Event.ANY, swallow);
            showing.setOnFinished(event -> show());
            showing.play();
        }

        @Override
        public void update(String what, boolean canCancel) {
            text.setText(what);
            cancellable = canCancel;
            cancel.setVisible(canCancel);
            cancel.setManaged(canCancel);
            cancel.setDisable(!canCancel);
        }

        @Override
        public void afterWaiting(Duration after, Runnable tooLong) {
            stopLimit();
            if (ended) {
                return;
            }
            limit = new PauseTransition(fx(after));
            limit.setOnFinished(event -> {
                if (!ended) {
                    // After this timer's turn: a question asked from inside an animation may not wait for an answer.
                    Platform.runLater(tooLong);
                }
            });
            limit.play();
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public void finish() {
            if (!ended) {
                end();
            }
        }

        private void cancel() {
            if (!ended && cancellable) {
                cancelled = true;
                end();
            }
        }

        private void end() {
            ended = true;
            showing.stop();
            stopLimit();
            owner.removeEventFilter(Event.ANY, swallow);
            if (dialog != null) {
                dialog.hide();
                if (owner.isShowing()) {
                    owner.requestFocus();
                }
            }
        }

        private void stopLimit() {
            if (limit != null) {
                limit.stop();
                limit = null;
            }
        }

        private void show() {
            if (ended) {
                return;
            }
            dialog = new Stage(StageStyle.UTILITY);
            dialog.initOwner(owner);
            // The whole application waits: no other window (the Trash) starts a command in the middle of the step.
            dialog.initModality(Modality.APPLICATION_MODAL);
            dialog.setTitle(Texts.get("slowStep.title"));
            dialog.setResizable(false);
            dialog.setScene(new Scene(content()));
            dialog.getScene().getStylesheets().add(Theme.appStylesheet());
            dialog.setOnCloseRequest(event -> {
                event.consume();
                cancel();
            });
            dialog.setOnShown(event -> centreOnOwner());
            dialog.show();
        }

        private VBox content() {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(28, 28);
            text.setId("slowStepText");
            text.getStyleClass().add("slow-step-text");
            text.setWrapText(true);
            text.setMaxWidth(360);
            HBox message = new HBox(14, spinner, text);
            message.setAlignment(Pos.CENTER_LEFT);
            cancel.setId("slowStepCancel");
            cancel.setCancelButton(true);
            cancel.setOnAction(event -> cancel());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox buttons = new HBox(gap, cancel);
            VBox box = new VBox(16, message, buttons);
            box.setId("slowStepDialog");
            box.getStyleClass().add("slow-step");
            box.setPadding(new Insets(20, 24, 16, 24));
            box.setMinWidth(320);
            return box;
        }

        private void centreOnOwner() {
            dialog.setX(owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2);
            dialog.setY(owner.getY() + (owner.getHeight() - dialog.getHeight()) / 3);
        }
    }
}
