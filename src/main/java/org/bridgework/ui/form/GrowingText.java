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
        Runnable fit = () -> fit(area, minRows, maxRows);
        area.skinProperty().addListener((o, old, skin) -> Platform.runLater(() -> {
            // The skin's own text node, wrapped at the width the skin gives it: its height is what is needed.
            Text shown = skinText(area);
            ScrollPane pane = (ScrollPane) area.lookup(".scroll-pane");
            if (shown == null || pane == null) {
                return;
            }
            shown.layoutBoundsProperty().addListener((p, before, bounds) -> fit.run());
            pane.viewportBoundsProperty().addListener((p, before, bounds) -> fit.run());
            fit.run();
        }));
        return area;
    }

    private static void fit(TextArea area, int minRows, int maxRows) {
        Text shown = skinText(area);
        ScrollPane pane = (ScrollPane) area.lookup(".scroll-pane");
        Node content = area.lookup(".content");
        if (shown == null || pane == null || !(content instanceof Region region) || pane.getViewportBounds().getHeight() <= 0) {
            return;
        }
        Text oneLine = new Text("X");
        oneLine.setFont(shown.getFont());
        double line = oneLine.getLayoutBounds().getHeight() + shown.getLineSpacing();
        double text = Math.max(minRows * line, Math.min(maxRows * line, shown.getLayoutBounds().getHeight()));
        // What lies around the text: the area's border and padding, the scroll pane's, the content's padding.
        double around = area.getHeight() - pane.getViewportBounds().getHeight() + region.snappedTopInset()
                + region.snappedBottomInset();
        double wanted = Math.ceil(text + around);
        if (Math.abs(area.getPrefHeight() - wanted) >= 1) {
            area.setPrefHeight(wanted);
            area.setMinHeight(wanted);
        }
    }

    /** The text node the skin shows the area's text in (not its prompt), or null before it has a skin. */
    private static Text skinText(TextArea area) {
        return area.lookupAll(".text").stream()
                .filter(node -> node instanceof Text && node.getParent() instanceof javafx.scene.Group)
                .map(Text.class::cast).findFirst().orElse(null);
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
}
