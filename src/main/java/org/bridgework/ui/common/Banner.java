package org.bridgework.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/**
 * A full-width strip under the menu bar that says something about the whole window (the workbook is
 * read-only; changes could not be saved) with the buttons to act on it. Shown in the main window's banner area
 * ({@code MainController}'s {@code banners}); its colour comes from its {@link Kind}.
 */
public final class Banner extends HBox {
    /** How much it matters: the style class {@code info}, {@code warning} or {@code danger}. */
    public enum Kind { INFO, WARNING, DANGER }

    private final Label message = new Label();

    public Banner(Kind kind, Feather icon, String text) {
        getStyleClass().addAll("app-banner", kind.name().toLowerCase(Locale.ROOT));
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label iconLabel = new Label();
        iconLabel.setGraphic(Icons.of(icon));
        iconLabel.getStyleClass().add("banner-icon");
        iconLabel.setMinWidth(USE_PREF_SIZE);
        message.setText(text);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add("banner-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(iconLabel, message);
        accessibleTextProperty().bind(message.textProperty());
    }

    /** Adds a button at the end; the first one added is also the one a screen reader finds first. */
    public Button addAction(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(event -> action.run());
        button.setMinWidth(USE_PREF_SIZE);
        button.setMnemonicParsing(true);
        getChildren().add(button);
        return button;
    }

    /** The text; a binding may keep it up to date. */
    public StringProperty messageProperty() {
        return message.textProperty();
    }

    /** The action buttons, in order. */
    public List<Button> actions() {
        return getChildren().stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
