package org.bridgework.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bridgework.model.timeline.TimelineItem;
import org.bridgework.model.timeline.TimelineRow;
import org.bridgework.text.Dates;
import org.bridgework.text.Texts;

/** A row of the timeline: a month heading, the today marker, or an item with its icon, date and status. */
final class TimelineCell extends ListCell<TimelineRow> {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault());
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final Label icon = new Label();
    private final Label date = new Label();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label status = new Label();
    private final HBox itemRow;
    /** The style class of the kind of row shown (month, today, item), or null when empty. */
    private String shownAs;

    TimelineCell() {
        getStyleClass().add("timeline-cell");
        // As wide as the list, never wider: long text is cut with an ellipsis instead of scrolling sideways.
        setPrefWidth(0);
        date.getStyleClass().add("timeline-date");
        date.minWidthProperty().bind(org.bridgework.ui.common.Zoom.scaleProperty().multiply(56));
        title.getStyleClass().add("timeline-title");
        detail.getStyleClass().addAll("text-muted", "text-small");
        // With large text (View → Zoom) the few words a line holds would lose most of each entry: wrap them.
        title.wrapTextProperty().bind(org.bridgework.ui.common.Zoom.scaleProperty().greaterThan(1));
        detail.wrapTextProperty().bind(org.bridgework.ui.common.Zoom.scaleProperty().greaterThan(1));
        VBox text = new VBox(1, title, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        status.setMinWidth(Label.USE_PREF_SIZE);
        itemRow = new HBox(10, date, icon, text, status);
        itemRow.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            showAs(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (row instanceof TimelineRow.Month month) {
            showAs("timeline-month");
            setGraphic(null);
            setText(month.month().format(MONTH));
        } else if (row instanceof TimelineRow.Today today) {
            showAs("timeline-today");
            setGraphic(null);
            setText(Texts.get("timeline.today", today.date().format(LONG)));
        } else if (row instanceof TimelineRow.Item item) {
            showItem(item.item());
        }
        setAccessibleText(getText() != null ? getText() : title.getText() + ", " + date.getText());
    }

    /** Gives the cell the style class of its kind of row, changing it only when the kind changes (see ItemLooks#style). */
    private void showAs(String rowClass) {
        if (!java.util.Objects.equals(shownAs, rowClass)) {
            if (shownAs != null) {
                getStyleClass().remove(shownAs);
            }
            if (rowClass != null) {
                getStyleClass().add(rowClass);
            }
            shownAs = rowClass;
        }
    }

    private void showItem(TimelineItem item) {
        showAs("timeline-item");
        date.setText(Dates.dayAndMonth(item.date()));
        ItemLooks.style(icon, item);
        title.setText(ItemLooks.title(item));
        detail.setText(ItemLooks.detail(item));
        detail.setVisible(!detail.getText().isBlank());
        detail.setManaged(detail.isVisible());
        if (item.status().isPresent()) {
            String name = item.status().get().name();
            status.setText(Texts.get("enum.DisplayStatus." + name));
            ItemLooks.setStyleClasses(status, "label", "status-tag", "status-" + name.toLowerCase(Locale.ROOT));
            status.setVisible(true);
        } else {
            status.setText("");
            status.setVisible(false);
        }
        setGraphic(itemRow);
    }
}
