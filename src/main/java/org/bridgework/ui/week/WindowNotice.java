package org.bridgework.ui.week;

import javafx.geometry.Pos;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The reminder in the window: a ControlsFX notification in its lower right corner that fades after a while. */
public final class WindowNotice {
    /** How long it stays. */
    static final Duration SHOWN_FOR = Duration.seconds(12);

    private WindowNotice() {
    }

    /** Notices over {@code stage}; given before the window is shown, it waits for the window. */
    public static Reminders.InWindow over(Stage stage, Runnable onClick) {
        return (title, text) -> {
            Runnable show = () -> Notifications.create().owner(stage).graphic(null).title(title).text(text).hideAfter(SHOWN_FOR)
                    .position(Pos.BOTTOM_RIGHT).onAction(event -> onClick.run()).showInformation();
            if (stage.isShowing()) {
                show.run();
            } else {
                stage.setOnShown(event -> show.run());
            }
        };
    }
}
