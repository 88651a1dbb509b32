package org.bridgework.ui.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AfterLayout;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * A {@link ListSection} shown as a compact table: one row per entry (its first column grows, the others are
 * narrow), a search that filters the rows, a choice of order, and one entry opened for editing under its row at a
 * time. Keyboard first: ↑ and ↓ go from row to row, Enter or Space opens the entry with the cursor in its first
 * field, Esc closes it and goes back to its row. Sorting orders the rows on screen only, never the entries kept.
 */
public final class CompactRows<T> {

    /**
     * What the rows show.
     *
     * @param headers the column headings
     * @param cells   an entry's text in each column
     * @param marked  entries to mark with a warning sign beside the words that say why (overdue)
     * @param orders  the orders offered, by name; the first is the one shown first
     */
    public record Columns<T>(List<String> headers, Function<T, List<String>> cells, Predicate<T> marked,
                             LinkedHashMap<String, Comparator<T>> orders) {
    }

    private static final double NARROW_COLUMN = 94;
    /** The text size the widths above are for, and a line's height at it. */
    private static final double NORMAL_FONT = 14;
    private static final double LINE = 19;

    private final Columns<T> columns;
    private final Map<ListSection.Card<T>, Row> rows = new IdentityHashMap<>();
    private final TextField search = new TextField();
    private final ComboBox<String> order = new ComboBox<>();
    private final Label noneFound = new Label(Texts.get("list.compact.noneFound"));
    private final VBox top;
    private ListSection.Card<T> opened;
    private Runnable rearranged = () -> { };

    /** One entry's row and the frame that holds the row and, when opened, the entry's fields. */
    private record Row(HBox line, List<Label> cells, VBox details, VBox frame) {
    }

    CompactRows(Columns<T> columns, String idPrefix) {
        this.columns = columns;
        search.setPromptText(Texts.get("list.compact.search"));
        search.setAccessibleText(Texts.get("list.compact.search"));
        search.setId(idPrefix + "-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        order.getItems().setAll(columns.orders().keySet());
        order.getSelectionModel().selectFirst();
        order.setId(idPrefix + "-order");
        Label orderLabel = new Label(Texts.get("list.compact.order"));
        orderLabel.setLabelFor(order);
        orderLabel.setMinWidth(Label.USE_PREF_SIZE);
        order.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, search, orderLabel, order);
        bar.setAlignment(Pos.CENTER_LEFT);
        List<Label> headings = columns.headers().stream().map(Label::new).toList();
        HBox header = line(headings);
        header.getStyleClass().setAll("entry-rows-header");
        noneFound.getStyleClass().add("text-muted");
        noneFound.managedProperty().bind(noneFound.visibleProperty());
        noneFound.setVisible(false);
        top = new VBox(6, bar, header, noneFound);
        search.textProperty().addListener((o, old, text) -> filter());
        order.valueProperty().addListener((o, old, chosen) -> rearranged.run());
    }

    /** The search, the order and the column headings, shown above the rows. */
    Node top() {
        return top;
    }

    void onRearranged(Runnable rearranged) {
        this.rearranged = rearranged;
    }

    /** The frame of a card: its row, and under it the card's heading and fields while it is the one opened. */
    VBox frame(ListSection.Card<T> card, Node heading) {
        List<Label> cells = new ArrayList<>();
        columns.headers().forEach(h -> cells.add(new Label()));
        HBox line = line(cells);
        line.getStyleClass().setAll("entry-row");
        line.setFocusTraversable(true);
        line.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        line.setAccessibleHelp(Texts.get("list.compact.row.help"));
        VBox details = new VBox(8, heading, card.view());
        details.getStyleClass().add("entry-details");
        details.managedProperty().bind(details.visibleProperty());
        details.setVisible(card == opened);
        VBox frame = new VBox(0, line, details);
        frame.getStyleClass().add("entry-row-frame");
        Row row = new Row(line, cells, details, frame);
        rows.put(card, row);
        show(card, row);
        line.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> openAndEdit(card));
        line.addEventHandler(KeyEvent.KEY_PRESSED, event -> rowKey(card, event));
        details.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
                line.requestFocus();
            }
        });
        return frame;
    }

    /** The cards in the order chosen, for showing (the list's own order stays as it is). */
    List<ListSection.Card<T>> ordered(List<ListSection.Card<T>> cards) {
        Comparator<T> chosen = columns.orders().get(order.getValue());
        List<ListSection.Card<T>> sorted = new ArrayList<>(cards);
        if (chosen != null) {
            Map<ListSection.Card<T>, T> values = new IdentityHashMap<>();
            cards.forEach(card -> values.put(card, card.value()));
            sorted.sort(Comparator.comparing(values::get, chosen));
        }
        return sorted;
    }

    /** Opens {@code card} under its row (closing the one open) and puts the cursor in its first field. */
    public void openAndEdit(ListSection.Card<T> card) {
        open(card);
        AfterLayout.focus(card.firstField());
    }

    void open(ListSection.Card<T> card) {
        if (opened != null && rows.containsKey(opened)) {
            rows.get(opened).details().setVisible(false);
            rows.get(opened).line().pseudoClassStateChanged(OPENED, false);
        }
        opened = card;
        Row row = rows.get(card);
        if (row != null) {
            row.details().setVisible(true);
            row.line().pseudoClassStateChanged(OPENED, true);
            row.frame().setVisible(true);
        }
    }

    void close() {
        if (opened != null && rows.containsKey(opened)) {
            rows.get(opened).details().setVisible(false);
            rows.get(opened).line().pseudoClassStateChanged(OPENED, false);
        }
        opened = null;
        filter();
    }

    /** Where the keyboard goes for a card: its row. */
    Node focusTarget(ListSection.Card<T> card) {
        Row row = rows.get(card);
        return row == null ? null : row.line();
    }

    void forget(ListSection.Card<T> card) {
        rows.remove(card);
        if (opened == card) {
            opened = null;
        }
    }

    /** Brings every row's words up to date with its card, and shows only the rows the search finds. */
    void refresh() {
        rows.forEach(this::show);
        filter();
    }

    private void show(ListSection.Card<T> card, Row row) {
        T value = card.value();
        List<String> texts = columns.cells().apply(value);
        for (int i = 0; i < row.cells().size(); i++) {
            String text = i < texts.size() ? texts.get(i) : "";
            row.cells().get(i).setText(i == 0 && text.isBlank() ? Texts.get("list.compact.untitled") : text);
        }
        boolean marked = columns.marked().test(value);
        Label last = row.cells().get(row.cells().size() - 1);
        last.setGraphic(marked ? Icons.of(Feather.ALERT_TRIANGLE) : null);
        row.line().pseudoClassStateChanged(MARKED, marked);
        row.line().setAccessibleText(spoken(texts, marked));
    }

    /** What a screen reader says for a row: each column's heading with its value, and the mark in words. */
    private String spoken(List<String> texts, boolean marked) {
        List<String> parts = new ArrayList<>();
        List<String> headers = columns.headers();
        for (int i = 0; i < headers.size(); i++) {
            String text = i < texts.size() ? texts.get(i) : "";
            parts.add(i == 0 ? (text.isBlank() ? Texts.get("list.compact.untitled") : text) : headers.get(i) + ": " + text);
        }
        if (marked) {
            parts.add(Texts.get("list.compact.marked"));
        }
        return String.join(", ", parts);
    }

    private void filter() {
        String wanted = search.getText().strip().toLowerCase(Locale.ROOT);
        boolean any = false;
        for (Map.Entry<ListSection.Card<T>, Row> entry : rows.entrySet()) {
            boolean found = entry.getKey() == opened || wanted.isEmpty() || entry.getValue().cells().stream()
                    .anyMatch(cell -> cell.getText().toLowerCase(Locale.ROOT).contains(wanted));
            entry.getValue().frame().setVisible(found);
            entry.getValue().frame().setManaged(found);
            any |= found;
        }
        noneFound.setVisible(!any && !rows.isEmpty());
    }

    private void rowKey(ListSection.Card<T> card, KeyEvent event) {
        switch (event.getCode()) {
            case ENTER, SPACE -> openAndEdit(card);
            case DOWN, UP -> neighbour(rows.get(card).frame(), event.getCode() == KeyCode.DOWN);
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Puts the keyboard on the next (or previous) row shown. */
    private void neighbour(VBox frame, boolean down) {
        List<Node> siblings = frame.getParent() == null ? List.of() : ((VBox) frame.getParent()).getChildren();
        int at = siblings.indexOf(frame);
        for (int i = at + (down ? 1 : -1); i >= 0 && i < siblings.size(); i += down ? 1 : -1) {
            Node next = siblings.get(i);
            if (next.isVisible() && next instanceof VBox box && !box.getChildren().isEmpty()) {
                box.getChildren().get(0).requestFocus();
                return;
            }
        }
    }

    private static HBox line(List<Label> cells) {
        HBox line = new HBox(10);
        line.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < cells.size(); i++) {
            Label cell = cells.get(i);
            boolean first = i == 0;
            HBox.setHgrow(cell, first ? Priority.ALWAYS : Priority.NEVER);
            // The first column (what it is) may take up to three lines rather than lose its end; the narrow ones
            // wrap their few words when the text is large.
            cell.setWrapText(true);
            // Sized in lines and in the text's own size, so the columns grow with View → Zoom.
            cell.fontProperty().addListener((o, old, font) -> size(cell, first, font.getSize()));
            size(cell, first, cell.getFont().getSize());
        }
        line.getChildren().addAll(cells);
        return line;
    }

    private static void size(Label cell, boolean first, double fontSize) {
        // The narrow columns grow less than the text, so that three of them leave room for the first.
        double narrow = NARROW_COLUMN * Math.min(fontSize / NORMAL_FONT, 1.4);
        cell.setMinWidth(first ? 0 : narrow);
        cell.setPrefWidth(first ? 200 * fontSize / NORMAL_FONT : narrow);
        cell.setMaxWidth(first ? Double.MAX_VALUE : narrow);
        // Three lines at most at the normal size; with large text (View → Zoom) all it takes.
        cell.setMaxHeight(first && fontSize <= NORMAL_FONT ? 3 * LINE : Double.MAX_VALUE);
    }

    private static final javafx.css.PseudoClass OPENED = javafx.css.PseudoClass.getPseudoClass("opened");
    private static final javafx.css.PseudoClass MARKED = javafx.css.PseudoClass.getPseudoClass("marked");
}
