package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.Verdict;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanHtml;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanVersion;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.text.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Looking at steps never changes the stage of the repair: browse back and forth with Ctrl+PageUp/PageDown,
 * close and reopen the workbook, and the portfolio and the plan still show the stage the work has reached,
 * the wizard reopens at the step last shown, and nothing but that view state changed in the file.
 */
@ExtendWith(ApplicationExtension.class)
class StageUiTest {
    /** The next commitment's day, as the locale writes a day without its year ("Dec 10" in the United States). */
    private static final String TENTH_OF_DECEMBER = Dates.dayAndMonth(LocalDate.of(2026, 12, 10));
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private MainWindowHarness harness;
    private MainWindowHarness reopened;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness();
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            id = book.relationships().create(Relationship.draft("Harbour Print", FixedClock.NOW)).id();
            book.repairCases().save(throughAct(id).withCurrentStep(RepairStep.ACT));
        }
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        if (reopened != null) {
            reopened.stop();
        }
        harness.stop();
    }

    /** Steps 1 to 7 complete, Rebuild still open: the stage is Step 8. */
    private static RepairCase throughAct(long id) {
        return RepairCase.start(id)
                .withAssessment(Assessment.empty().withDecision(ManagerDecision.of(Verdict.REPAIR, "Our largest client")))
                .withUnderstanding(Understanding.empty().withRootCause("No one owned the schedule").withIncidents(
                        List.of(Incident.of(DAY, "Brochures late", IncidentKind.MISSED_DEADLINE))))
                .withOwnership(new Ownership("We promised blind", "One planner signs dates", "Priya"))
                .withPreparation(Preparation.empty().withKeyMessages(List.of("We let you down"))
                        .withApologyWarranted(ApologyWarranted.NO))
                .withDialogue(new Dialogue(List.of(Conversation.on(DAY, Channel.MEETING))))
                .withReconciliation(new org.bridgework.model.repair.Reconciliation(org.bridgework.model.repair.Apology
                        .none().withResponseInstead("We showed them the signed schedule."), null))
                .withActionPlan(new ActionPlan(List.of(Commitment.planned("Reprint", "Priya", LocalDate.of(2026, 12, 10)))));
    }

    @Test
    void browsingAndReopeningNeverMoveTheStage(FxRobot robot) throws Exception {
        openRepair(robot, harness);
        assertEquals(RepairStep.ACT, shownStep(harness), "reopens where it was left");
        Map<String, List<String>> before = storedRows(harness.workbook);

        // Through the commands Ctrl+PageUp and Ctrl+PageDown run (WizardKeyboardTest presses the keys themselves):
        // a key pressed while the step list still takes the keyboard could be lost to it under load.
        for (int i = 0; i < 7; i++) {
            Fx.run(() -> harness.main().wizard().previous());
        }
        Fx.settle();
        assertEquals(RepairStep.ASSESS, shownStep(harness));
        assertEquals(RepairStep.REBUILD, selected(harness).stageProperty().get(), "looking at Step 1 moves nothing");
        assertEquals("Step 8 \u00b7 Rebuild \u00b7 next due " + TENTH_OF_DECEMBER, stepLine(robot));
        for (int i = 0; i < 3; i++) {
            Fx.run(() -> harness.main().wizard().next());
        }
        Fx.settle();
        assertEquals(RepairStep.PREPARE, shownStep(harness));
        assertEquals(RepairStep.REBUILD, selected(harness).stageProperty().get());
        assertTrue(plan(harness).contains("Step 8 of 8: Rebuild trust"), "the plan prints the stage");

        harness.flushSaves();
        harness.closeWindow();
        reopened = new MainWindowHarness();
        FxToolkit.setupStage(stage -> reopened.start(stage, harness.workbook));
        openRepair(robot, reopened);

        assertEquals(RepairStep.PREPARE, shownStep(reopened), "the step last shown is remembered");
        assertEquals(RepairStep.REBUILD, selected(reopened).stageProperty().get());
        assertEquals("Step 8 \u00b7 Rebuild \u00b7 next due " + TENTH_OF_DECEMBER, stepLine(robot));
        assertTrue(plan(reopened).contains("Step 8 of 8: Rebuild trust"), plan(reopened));
        Map<String, List<String>> after = storedRows(harness.workbook);
        assertEquals(List.of("act"), before.remove("repair_case.current_step"));
        assertEquals(List.of("prepare"), after.remove("repair_case.current_step"), "the view state is written");
        assertEquals(before, after, "browsing wrote nothing but the step last shown");
        assertEquals(id, selected(reopened).id());
        reopened.flushSaves();
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            assertEquals(RepairStep.REBUILD, book.repairCases().load(id).stage(), "read through a second connection");
            assertEquals(RepairStep.REBUILD, book.repairCases().stages().get(id));
        }
    }

    private static void openRepair(FxRobot robot, MainWindowHarness window) throws Exception {
        window.awaitLoaded();
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        Keyboard.push(KeyCode.DOWN);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.main().wizard().repairProperty().get() != null);
        Fx.settle();
    }

    private static RepairStep shownStep(MainWindowHarness window) {
        return window.main().wizard().repairProperty().get().currentStep();
    }

    private static org.bridgework.ui.portfolio.RelationshipItem selected(MainWindowHarness window) {
        return window.main().portfolio().selectedProperty().get();
    }

    /** The stage line of the portfolio card on screen. */
    private static String stepLine(FxRobot robot) {
        return robot.lookup(".relationship-step").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> !text.isEmpty()).findFirst().orElse("");
    }

    /** The plan as the Plan view asks for it: the selected relationship and the repair on screen. */
    private static String plan(MainWindowHarness window) {
        return PlanHtml.build(new PlanRequest(selected(window).snapshot(), window.main().wizard().repairProperty().get(),
                window.main().wizard().today(), PlanVersion.INTERNAL, Paper.A4));
    }

    /**
     * Every row of every table, read through a connection of its own; the step last shown (view state) is
     * kept apart under "repair_case.current_step".
     */
    private static Map<String, List<String>> storedRows(Path workbook) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workbook.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                List<String> lines = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            if (table.equals("repair_case") && meta.getColumnName(c).equals("current_step")) {
                                shown.add(rows.getString(c));
                            } else {
                                line.append(meta.getColumnName(c)).append('=').append(rows.getString(c)).append(';');
                            }
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                tables.put(table, lines);
                if (!shown.isEmpty()) {
                    tables.put("repair_case.current_step", shown);
                }
            }
        }
        return tables;
    }
}
