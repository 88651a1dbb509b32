package org.bridgework.ui.week;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bridgework.model.week.AgendaItem;

/** A line of This week: a day's heading, or the relationship's name, what is due and when. */
final class WeekCell extends ListCell<WeekRow> {
    private final Label name = new Label();
    private final Label what = new Label();
    private final Label when = new Label();
    private final VBox item;
    private final Supplier<LocalDate> today;

    WeekCell(Supplier<LocalDate> today) {
        this.today = today;
        name.getStyleClass().add("week-name");
        what.setMinWidth(0);
        what.getStyleClass().add("week-what");
        when.getStyleClass().addAll("text-muted", "text-small");
        when.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        item = new VBox(2, new HBox(8, name, gap, when), what);
        getStyleClass().add("week-cell");
    }

    @Override
    protected void updateItem(WeekRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("week-heading", "week-overdue");
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        LocalDate day = today.get();
        setAccessibleText(WeekTexts.accessible(row, day));
        if (row.isHeading()) {
            setGraphic(null);
            setText(row.heading());
            getStyleClass().add("week-heading");
            return;
        }
        AgendaItem shown = row.item().orElseThrow();
        name.setText(shown.name());
        what.setText(WeekTexts.what(shown, day));
        when.setText(WeekTexts.when(shown, day));
        if (shown.overdue(day)) {
            getStyleClass().add("week-overdue");
        }
        setGraphic(item);
    }
}
