package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.bridgework.ui.form.ListSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long list gets its cards a page at a time, and loses nothing doing so; adding and sorting build few. */
@ExtendWith(ApplicationExtension.class)
class ListSectionTest {
    private final List<String> edits = new ArrayList<>();
    /** How many cards the section has asked for. */
    private static final AtomicInteger BUILT = new AtomicInteger();
    private ListSection<String> section;

    @Start
    void start(Stage stage) {
        BUILT.set(0);
        List<String> entries = IntStream.range(0, 250).mapToObj(i -> String.format("entry %03d", i)).toList();
        section = new ListSection<>("act.add", "none", n -> "Entry " + n, entries, ListSectionTest::card,
                () -> "new", Comparator.naturalOrder(), () -> edits.add("edit"));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.ScrollPane(section), 600, 400));
        stage.show();
    }

    private static ListSection.Card<String> card(String entry, Runnable onEdit) {
        BUILT.incrementAndGet();
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
        Fx.run(() -> robot.lookup("#act-add-more").queryAs(Button.class).fire());
        assertEquals(200, robot.lookup(".entry-card").queryAll().size());
        assertEquals("Show the next 50 (50 more)", robot.lookup("#act-add-more").queryAs(Button.class).getText());
        Fx.run(section::addBlank);
        assertEquals(201, robot.lookup(".entry-card").queryAll().size(), "the new card is shown after the hidden ones");
        assertEquals(201, BUILT.get(), "adding builds one card");
        assertEquals("new", section.values().get(250));
        assertEquals("entry 249", section.values().get(249));
        assertEquals("Entry 251", cardTitles(robot).get(200));
        Fx.run(() -> robot.lookup("#act-add-more").queryAs(Button.class).fire());
        assertEquals(251, robot.lookup(".entry-card").queryAll().size());
        assertEquals("new", section.values().get(250));
        assertEquals(List.of("Entry 250", "Entry 251"), cardTitles(robot).subList(249, 251));
    }

    @Test
    void addingToALongListBuildsOnlyTheNewCard(FxRobot robot) {
        Fx.run(section::addBlank);
        assertEquals(101, BUILT.get());
        assertEquals(251, section.values().size());
        assertEquals("new", section.values().get(250));
        assertEquals(1, edits.size());
        Fx.run(() -> robot.lookup(".entry-card .button").queryAs(Button.class).fire());
        assertEquals(250, section.values().size(), "the first card removed");
        assertEquals("entry 001", section.values().get(0));
    }

    @Test
    void sortingBuildsOnlyTheCardsThatComeOnScreenAndKeepsTheOthers(FxRobot robot) {
        TextField first = robot.lookup(".entry-card .text-field").queryAs(TextField.class);
        Fx.run(() -> first.setText("entry 180 typed"));
        Fx.run(() -> robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Sort by date".equals(b.getText())).findFirst().orElseThrow().fire());
        List<String> values = section.values();
        List<String> expected = new ArrayList<>(values);
        expected.sort(Comparator.naturalOrder());
        assertEquals(expected, values);
        assertEquals(250, values.size());
        assertEquals(101, BUILT.get(), "only entry 100, sorted up among the first hundred, got a new card");
        assertEquals(100, robot.lookup(".entry-card").queryAll().size());
        assertEquals("entry 180 typed", values.get(180), "the typed card went with its value below the page");
        assertEquals(List.of("Entry 1", "Entry 100"), List.of(cardTitles(robot).get(0), cardTitles(robot).get(99)));
    }

    private static List<String> cardTitles(FxRobot robot) {
        return robot.lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
