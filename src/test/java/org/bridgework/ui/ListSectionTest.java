package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.bridgework.ui.form.ListSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long list gets its cards a page at a time, and loses nothing doing so. */
@ExtendWith(ApplicationExtension.class)
class ListSectionTest {
    private final List<String> edits = new ArrayList<>();
    private ListSection<String> section;

    @Start
    void start(Stage stage) {
        List<String> entries = IntStream.range(0, 250).mapToObj(i -> String.format("entry %03d", i)).toList();
        section = new ListSection<>("act.add", "none", n -> "Entry " + n, entries, ListSectionTest::card,
                () -> "new", Comparator.naturalOrder(), () -> edits.add("edit"));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.ScrollPane(section), 600, 400));
        stage.show();
    }

    private static ListSection.Card<String> card(String entry, Runnable onEdit) {
        TextField text = new TextField(entry);
        text.textProperty().addListener((o, old, typed) -> onEdit.run());
        return new ListSection.Card<String>() {
            @Override
            public javafx.scene.Node view() {
                return text;
            }

            @Override
            public String value() {
                return text.getText();
            }

            @Override
            public javafx.scene.Node firstField() {
                return text;
            }
        };
    }

    @Test
    void onlyAPageIsBuiltAndEveryEntryIsKeptInOrder(FxRobot robot) {
        assertEquals(100, robot.lookup(".entry-card").queryAll().size());
        assertEquals(250, section.values().size());
        assertEquals("entry 249", section.values().get(249));
        robot.interact(() -> robot.lookup("#act-add-more").queryAs(Button.class).fire());
        assertEquals(200, robot.lookup(".entry-card").queryAll().size());
        assertEquals("Show the next 50 (50 more)", robot.lookup("#act-add-more").queryAs(Button.class).getText());
        robot.interact(section::addBlank);
        assertEquals(251, robot.lookup(".entry-card").queryAll().size(), "adding shows them all, then adds at the end");
        assertEquals("new", section.values().get(250));
        assertEquals("entry 249", section.values().get(249));
    }
}
