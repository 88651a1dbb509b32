package org.bridgework.ui.form;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Text areas that grow with what is written in them, a row at a time up to a maximum, so a page that scrolls
 * does not hold boxes with scroll bars of their own until the text is really long; and sentence fields, which
 * wrap like a text area but hold one paragraph, where Enter moves on as in a one-line field.
 */
public final class GrowingText {
    /** Past this many rows a text area scrolls inside: it would otherwise push the rest of the form far away. */
    public static final int MAX_ROWS = 14;
    /** A sentence field rarely needs more; a longer one scrolls inside. */
    public static final int SENTENCE_MAX_ROWS = 6;

    private GrowingText() {
    }

    /** Makes {@code area} as tall as its wrapped text needs, from {@code minRows} to {@code maxRows} rows. */
    public static TextArea grow(TextArea area, int minRows, int maxRows) {
        area.setWrapText(true);
        area.setPrefRowCount(minRows);
        Runnable fit = () -> area.setPrefRowCount(Math.max(minRows, Math.min(maxRows, rowsNeeded(area))));
        area.textProperty().addListener((o, old, text) -> fit.run());
        area.fontProperty().addListener((o, old, font) -> fit.run());
        area.widthProperty().addListener((o, old, width) -> fit.run());
        area.skinProperty().addListener((o, old, skin) -> Platform.runLater(() -> {
            ScrollPane pane = (ScrollPane) area.lookup(".scroll-pane");
            if (pane != null) {
                pane.viewportBoundsProperty().addListener((p, before, bounds) -> fit.run());
            }
            fit.run();
        }));
        return area;
    }

    /**
     * A text area for a sentence or two: it wraps and grows up to {@link #SENTENCE_MAX_ROWS}, a line break typed
     * or pasted becomes a space, and Enter (like Tab) goes to the next field.
     */
    public static TextArea sentence(String value) {
        TextArea area = TabMovesFocus.on(new TextArea());
        area.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().indexOf('\n') >= 0 || change.getText().indexOf('\r') >= 0) {
                change.setText(change.getText().replaceAll("\\R", " "));
            }
            return change;
        }));
        area.setText(value);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()
                    && !event.isShiftDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), KeyEvent.KEY_PRESSED, "", "",
                        KeyCode.TAB, false, false, false, false));
            }
        });
        area.getStyleClass().add("sentence");
        return grow(area, 1, SENTENCE_MAX_ROWS);
    }

    /** How many rows the text takes when wrapped at the width the area gives it now (at least one). */
    static int rowsNeeded(TextArea area) {
        double width = textWidth(area);
        if (width <= 0) {
            return 1;
        }
        Text measure = new Text(area.getText().isEmpty() ? " " : area.getText());
        measure.setFont(area.getFont());
        measure.setWrappingWidth(width);
        Text oneLine = new Text("X");
        oneLine.setFont(area.getFont());
        double lineHeight = oneLine.getLayoutBounds().getHeight();
        // A text ending in a line break has an empty last line the caret goes to: count it as well.
        double height = measure.getLayoutBounds().getHeight() + (area.getText().endsWith("\n") ? lineHeight : 0);
        return Math.max(1, (int) Math.ceil(height / lineHeight - 0.2));
    }

    /** The width the text wraps at: the visible part of the area's content, less the content's padding. */
    private static double textWidth(TextArea area) {
        ScrollPane pane = (ScrollPane) area.lookup(".scroll-pane");
        Node content = area.lookup(".content");
        if (pane == null || !(content instanceof Region region) || pane.getViewportBounds().getWidth() <= 0) {
            return area.getWidth() - 30;
        }
        // One pixel short of the skin's own width, so rounding never wraps there a line we count as one.
        return pane.getViewportBounds().getWidth() - region.snappedLeftInset() - region.snappedRightInset() - 1;
    }
}
