package org.bridgework.ui.preferences;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.bridgework.settings.WeekSettings;
import org.bridgework.text.Texts;
import org.bridgework.desktop.NotifySend;

/** The This week part of Preferences: when a repair counts as gone quiet, the default check-in rhythm, reminders. */
final class WeekSection {
    private final WeekSettings current;
    private final Spinner<Integer> quietDays;
    private final Spinner<Integer> checkInWeeks;
    private final CheckBox window = new CheckBox(Texts.get("preferences.week.window"));
    private final CheckBox desktop = new CheckBox(Texts.get("preferences.week.desktop"));
    private final VBox view = new VBox(10);

    WeekSection(WeekSettings current) {
        this.current = current;
        quietDays = spinner("quietAfterDays", WeekSettings.MIN_QUIET_DAYS, WeekSettings.MAX_QUIET_DAYS,
                current.quietAfterDays());
        checkInWeeks = spinner("checkInWeeks", 0, WeekSettings.MAX_CHECK_IN_WEEKS, current.checkInWeeks());
        desktop.setId("desktopReminders");
        desktop.setMnemonicParsing(true);
        desktop.setSelected(current.desktopReminders());
        window.setId("windowReminders");
        window.setMnemonicParsing(true);
        window.setSelected(current.windowReminders());
        for (CheckBox box : new CheckBox[] {window, desktop}) {
            box.setWrapText(true); // a long label wraps in a narrow dialog instead of being cut
        }
        Label heading = new Label(Texts.get("preferences.week"));
        heading.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, label("preferences.week.quietAfterDays", quietDays), quietDays);
        grid.addRow(1, label("preferences.week.checkInWeeks", checkInWeeks), checkInWeeks);
        view.getChildren().addAll(heading, grid, window, desktop);
        if (!NotifySend.onPath().available()) {
            Label missing = new Label(Texts.get("preferences.week.desktopMissing"));
            missing.setWrapText(true);
            missing.setMaxWidth(560);
            missing.maxWidthProperty().bind(TextScale.of(missing).multiply(560));
            missing.getStyleClass().add("text-muted");
            view.getChildren().add(missing);
        }
    }

    Node view() {
        return view;
    }

    /** The choices as made; the day of the last digest is kept. */
    WeekSettings chosen() {
        return new WeekSettings(window.isSelected(), desktop.isSelected(), typed(quietDays), typed(checkInWeeks), current.lastDigest());
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private static Label label(String key, Node field) {
        Label label = new Label(Texts.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    /** The number as typed; nonsense keeps the last good value. */
    private static int typed(Spinner<Integer> spinner) {
        try {
            spinner.commitValue();
        } catch (NumberFormatException e) {
            spinner.cancelEdit();
        }
        return spinner.getValue();
    }
}
