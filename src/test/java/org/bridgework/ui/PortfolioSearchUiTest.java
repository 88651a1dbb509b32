package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The portfolio's search finds a relationship by what its worksheets say, shows where, and Enter goes there. */
@ExtendWith(ApplicationExtension.class)
class PortfolioSearchUiTest {
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Meridian Foods", FixedClock.NOW),
                Relationship.draft("Northwind Logistics", FixedClock.NOW)));
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            long id = book.relationships().create(Relationship.draft("Harbour Print", FixedClock.NOW)).id();
            book.repairCases().save(RepairCase.start(id).withDialogue(new Dialogue(List.of(new Conversation(
                    java.time.LocalDate.of(2026, 5, 12), Channel.PHONE, List.of("Ines"), "",
                    "New cartons before the spring catalogue", "", "Send the carton sizes", Optional.empty())))));
        }
        harness.start(stage);
    }

    @BeforeEach
    void loaded() throws Exception {
        harness.awaitLoaded();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void findsByTheWorksheetsShowsWhereAndEnterOpensTheStep(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        MainWindowHarness.setTextOfFocused(robot, "carton sizes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.shownNames().equals(List.of("Harbour Print")));
        Fx.settle();
        assertEquals("1 of 3 shown · 1 found in its worksheets",
                robot.lookup("#portfolioCount").queryAs(Label.class).getText());
        String line = robot.lookup(".search-hit").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .flatMap(flow -> ((javafx.scene.text.TextFlow) flow).getChildren().stream())
                .map(text -> ((Text) text).getText()).reduce("", String::concat);
        // The day as the locale writes it ("May 12, 2026" in the United States, "12 May 2026" in Britain).
        assertTrue(line.startsWith("Conversation " + org.bridgework.text.Dates.of(java.time.LocalDate.of(2026, 5, 12))
                + ": New cartons before"), line);
        assertTrue(robot.lookup(".search-hit-match").queryAll().stream()
                .anyMatch(text -> ((Text) text).getText().equals("sizes")), "the matching words are marked");

        Keyboard.push(KeyCode.DOWN);
        assertEquals("Harbour Print", harness.selectedName());
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null
                && harness.main().wizard().repairProperty().get().currentStep() == RepairStep.TALK);
    }

    @Test
    void oneOrTwoLettersSearchTheNamesOnlyAndSaySo(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        MainWindowHarness.setTextOfFocused(robot, "or");
        Fx.settle();
        assertEquals(List.of("Northwind Logistics"), harness.shownNames(), "'or' is in no other name");
        assertEquals("1 of 3 shown · names only; three letters search the worksheets too",
                robot.lookup("#portfolioCount").queryAs(Label.class).getText());
    }
}
