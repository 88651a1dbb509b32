package org.bridgework.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.bridgework.ui.Fx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar's export or import under way: its words, and a spinner only while busy, made when first busy. */
@ExtendWith(ApplicationExtension.class)
class StatusBarProgressUiTest {
    /** Made in {@link #start}: a control made before the toolkit is up fails, and so does every later one. */
    private Label label;
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) {
        label = new Label();
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(label), 300, 60));
        stage.show();
    }

    @Test
    void theSpinnerIsShownWhileBusyAndOnlyThen() {
        Fx.run(() -> StatusBar.showProgress(label, status, busy));
        assertNull(Fx.call(label::getGraphic), "nothing under way: no spinner, none made");

        Fx.run(() -> {
            status.set("Exporting…");
            busy.set(true);
        });
        Node spinner = Fx.call(label::getGraphic);
        assertInstanceOf(ProgressIndicator.class, spinner);
        assertEquals("Exporting…", Fx.call(label::getText));

        Fx.run(() -> busy.set(false));
        assertNull(Fx.call(label::getGraphic));
        Fx.run(() -> busy.set(true));
        assertSame(spinner, Fx.call(label::getGraphic), "the same spinner again");
    }
}
