package org.bridgework.ui.week;

import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.text.Texts;

/** Asks until when an item of This week is put aside (tomorrow, in three days, in a week) and why. */
public final class SnoozeDialog extends Dialog<SnoozeChoice> {
    private static final List<Integer> DAYS = List.of(1, 3, 7);

    private SnoozeDialog(Window owner, AgendaItem item, LocalDate today) {
        initOwner(owner);
        setTitle(Texts.get("week.snooze.title"));
        setHeaderText(Texts.get("week.snooze.header", item.name(), WeekTexts.what(item, today)));
        ChoiceBox<Integer> days = new ChoiceBox<>();
        days.setId("snoozeDays");
        days.getItems().setAll(DAYS);
        days.setValue(DAYS.get(0));
        days.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Texts.get("week.snooze.days." + n);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        TextField reason = new TextField();
        reason.setId("snoozeReason");
        reason.setPrefColumnCount(32);
        Label untilLabel = new Label(Texts.get("week.snooze.until"));
        untilLabel.setLabelFor(days);
        untilLabel.setMnemonicParsing(true);
        Label reasonLabel = new Label(Texts.get("week.snooze.reason"));
        reasonLabel.setLabelFor(reason);
        reasonLabel.setMnemonicParsing(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, untilLabel, days);
        grid.addRow(1, reasonLabel, reason);
        getDialogPane().setContent(grid);
        ButtonType snooze = new ButtonType(Texts.get("week.snooze.confirm"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(snooze, new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        setResultConverter(button -> button == snooze
                ? new SnoozeChoice(today.plusDays(days.getValue()), reason.getText().strip()) : null);
        setOnShown(event -> Platform.runLater(reason::requestFocus));
    }

    /** The question, asked in a dialog over {@code owner}. */
    public static WeekActions.SnoozeQuestion over(Window owner, java.util.function.Supplier<LocalDate> today) {
        return item -> new SnoozeDialog(owner, item, today.get()).showAndWait();
    }
}
