package org.bridgework.ui.trash;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.Notice;
import org.bridgework.ui.common.UndoHistory;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bar at the foot of the main window that says what was just done ("… was moved to the Trash. Undo",
 * "Commitment … removed. Undo", "… archived. Undo"), from the window's {@link UndoHistory}. It stays for a good while, longer while the mouse is on it, until the next notice replaces it,
 * or until it is closed with × or Esc; news that must not be missed stays until closed.
 */
public final class UndoBar {
    /** Long enough to notice, read and reach for Undo; the menu's Undo delete works after that too. */
    public static final Duration SHOWN_FOR = Duration.seconds(15);

    private final UndoHistory model;
    private final HBox bar = new HBox(12);
    private final Label icon = new Label();
    private final Label message = new Label();
    private final Button undo = new Button(Texts.get("undoBar.undo"));
    private final Label undoKeys = new Label();
    private final Button close = new Button();
    private final PauseTransition timer;

    /**
     * @param undoKeys the keys of the Undo menu item, shown beside the Undo button
     */
    public UndoBar(UndoHistory model, Duration shownFor, KeyCombination undoKeys) {
        this.model = model;
        this.timer = new PauseTransition(shownFor);
        build(undoKeys);
        timer.setOnFinished(event -> {
            // Time is up, but not while the mouse is on the bar: it goes once the mouse has left (holdWhile).
            if (!bar.isHover()) {
                model.dismiss();
            }
        });
        // Not while the user is reading it with the mouse on it, or has the keyboard on its buttons.
        bar.hoverProperty().addListener((o, was, hovered) -> holdWhile(hovered));
        model.noticeProperty().addListener((o, old, notice) -> show(notice));
        show(model.noticeProperty().get());
    }

    public Node view() {
        return bar;
    }

    /**
     * Esc anywhere in {@code root} closes the bar. The key still does its own work where it has one (a search
     * field clears, a list stays as it is): closing a passing message along with it does no harm.
     */
    public void closeOnEscapeIn(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && bar.isVisible()) {
                model.dismiss();
            }
        });
    }

    private void build(KeyCombination undoKeysCombination) {
        bar.setId("undoBar");
        bar.getStyleClass().add("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.managedProperty().bind(bar.visibleProperty());
        message.setId("undoBarMessage");
        message.setWrapText(true);
        message.setMinWidth(0);
        icon.getStyleClass().add("undo-bar-icon");
        icon.setMinWidth(Label.USE_PREF_SIZE);
        undo.setId("undoBarUndo");
        undo.setGraphic(Icons.of(Feather.ROTATE_CCW));
        undo.setMinWidth(Button.USE_PREF_SIZE);
        undo.setOnAction(event -> model.undo());
        undo.managedProperty().bind(undo.visibleProperty());
        String keys = undoKeysCombination.getDisplayText();
        undo.setTooltip(new Tooltip(Texts.get("undoBar.undo.tooltip", keys)));
        this.undoKeys.setText(keys);
        this.undoKeys.getStyleClass().addAll("text-muted", "text-small");
        this.undoKeys.setMinWidth(Label.USE_PREF_SIZE);
        this.undoKeys.visibleProperty().bind(undo.visibleProperty());
        this.undoKeys.managedProperty().bind(undo.visibleProperty());
        close.setId("undoBarClose");
        close.setGraphic(Icons.of(Feather.X));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText(Texts.get("undoBar.close"));
        close.setTooltip(new Tooltip(Texts.get("undoBar.close.tooltip")));
        close.setOnAction(event -> model.dismiss());
        // Undo right after the sentence it undoes, where the eye already is; × out of the way at the end.
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        bar.getChildren().setAll(icon, message, undo, this.undoKeys, space, close);
    }

    private void show(Notice notice) {
        timer.stop();
        bar.setVisible(notice != null);
        if (notice == null) {
            return;
        }
        message.setText(notice.text());
        icon.setGraphic(Icons.of(switch (notice.kind()) {
            case MOVED_TO_TRASH -> Feather.TRASH_2;
            case REMOVED -> Feather.X_CIRCLE;
            case CHANGED -> Feather.EDIT_3;
            case RESTORED -> notice.lingers() ? Feather.INFO : Feather.CHECK_CIRCLE;
        }));
        undo.setVisible(notice.undoable());
        if (!notice.lingers()) {
            timer.playFromStart();
        }
    }

    private void holdWhile(boolean hovered) {
        Notice notice = model.noticeProperty().get();
        if (notice == null || notice.lingers()) {
            return;
        }
        if (hovered) {
            timer.pause();
        } else {
            timer.play();
        }
    }
}
