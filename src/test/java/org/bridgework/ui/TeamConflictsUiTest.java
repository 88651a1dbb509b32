package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.team.Sharing;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamLogins;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One window as Sam, a colleague (Ruth, a login of her own) on the same real server: the same text changed by
 * both opens the side-by-side dialog, settled from the keyboard with a merged text; Ruth moving the repair Sam
 * is typing in to the Trash is said plainly and what Sam typed is kept with it; Ruth's repair, which Sam may
 * only read, says so and cannot be typed in.
 */
@ExtendWith(ApplicationExtension.class)
class TeamConflictsUiTest {
    private static final long WAIT_S = 20;

    private MainWindowHarness harness;
    private TeamWorkbook ruth;
    private String ruthLogin;
    private long acme;

    @Start
    void start(Stage stage) throws Exception {
        TeamAddress workbook = PostgresServer.shared().freshWorkbookAddress();
        String sam = TeamLogins.create("sam");
        ruthLogin = TeamLogins.create("ruth");
        TeamAddress asSam = TeamLogins.as(workbook, sam);
        try (TeamWorkbook team = TeamWorkbook.create(asSam, null, FixedClock.now())) {
            TeamLogins.grantTableAccess(workbook, ruthLogin);
            acme = team.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            team.repairCases().save(team.repairCases().load(acme).withCurrentStep(RepairStep.OWN)
                    .withOwnership(new Ownership("We shipped late.", "", "Sam")));
            team.collaboration().orElseThrow().permissions().share(acme,
                    Sharing.privateTo(sam).withEditors(List.of(ruthLogin)));
        }
        ruth = TeamWorkbook.open(TeamLogins.as(workbook, ruthLogin), null, FixedClock.now());
        long harbour = ruth.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)).id();
        ruth.repairCases().save(ruth.repairCases().load(harbour).withCurrentStep(RepairStep.OWN)
                .withOwnership(new Ownership("Ruth's own notes.", "", "Ruth")));
        ruth.collaboration().orElseThrow().permissions().share(harbour, Sharing.privateTo(ruthLogin).withTeamReads(true));
        harness = new MainWindowHarness();
        harness.start(stage, Path.of(asSam.toString()));
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
        ruth.close();
    }

    @Test
    void aConflictIsSettledByKeyboardATrashedRepairKeepsWhatWasTypedAndAReadOnlyOneSaysWhose(FxRobot robot)
            throws Exception {
        harness.awaitLoaded();
        harness.select(robot, "Acme");
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> robot.lookup("#own-whatWeDid").tryQuery().isPresent());

        // Both change the same text: Ruth's is saved first, Sam's save meets it and the dialog shows both.
        MainWindowHarness.setText(robot, "#own-whatWeDid", "Sam: we shipped late twice.");
        RepairCase theirs = ruth.repairCases().load(acme);
        ruth.repairCases().save(theirs.withOwnership(new Ownership("Ruth: the carrier was late.", "", "Sam")));
        harness.passTime();
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> robot.lookup("#conflictMerged").tryQuery().isPresent());
        assertEquals("Ruth: the carrier was late.", robot.lookup("#conflictTheirs").queryAs(TextArea.class).getText());
        assertEquals("Sam: we shipped late twice.", robot.lookup("#conflictMine").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#conflictTheirs").queryAs(TextArea.class).getAccessibleText().contains(ruthLogin),
                "theirs says who saved it");
        assertEquals("Ruth: the carrier was late.", ruth.repairCases().load(acme).ownership().whatWeDid(), "not written over");
        assertEquals("Sam: we shipped late twice.", field(robot, "#own-whatWeDid").getText(), "mine stays in the editor");

        TextInputControl merged = robot.lookup("#conflictMerged").queryAs(TextInputControl.class);
        assertTrue(merged.isFocused(), "the keyboard starts in the text to save");
        Fx.run(() -> merged.setText("The carrier was late, and we shipped late twice."));
        Keyboard.push(KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> robot.lookup("#conflictMerged").tryQuery().isEmpty()
                && "The carrier was late, and we shipped late twice.".equals(ruth.repairCases().load(acme).ownership().whatWeDid()));
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS,
                () -> "The carrier was late, and we shipped late twice.".equals(field(robot, "#own-whatWeDid").getText())
                        && !robot.lookup("#conflictBanner").query().isVisible());

        // Ruth moves Acme to the Trash while Sam types in it: said plainly; what Sam typed is saved with it.
        MainWindowHarness.setText(robot, "#own-whatWeWillChange", "A second check before dispatch.");
        ruth.relationships().moveToTrash(acme);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> robot.lookup("#teamGoneBanner").query().isVisible());
        String gone = robot.lookup("#teamGoneBanner").query().getAccessibleText();
        assertTrue(gone.startsWith(ruthLogin + " moved \u201cAcme\u201d to the Trash "), gone);
        harness.passTime(); // the save typed goes on, into the relationship in the Trash
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> "A second check before dispatch."
                .equals(ruth.repairCases().load(acme).ownership().whatWeWillChange()));

        // Harbour is Ruth's, shared with the team for reading: Sam reads it and is told whose it is.
        harness.select(robot, "Harbour");
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> robot.lookup("#teamReadOnlyBanner").query().isVisible()
                && robot.lookup("#own-whatWeDid").tryQuery().isPresent());
        assertEquals("Only " + ruthLogin + " and the people they share it with can change this repair; you can read it.",
                robot.lookup("#teamReadOnlyBanner").query().getAccessibleText());
        Node whatWeDid = robot.lookup("#own-whatWeDid").query();
        assertEquals("Ruth's own notes.", ((TextInputControl) whatWeDid).getText());
        assertTrue(whatWeDid.isDisabled(), "no typing what could not be saved");
        Keyboard.push(KeyCode.ESCAPE);
        assertFalse(harness.main().wizard().autoSave().hasUnsaved());
        assertEquals("_Dismiss", robot.lookup("#teamGoneDismiss").queryAs(Labeled.class).getText());
    }

    private static TextInputControl field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }
}
