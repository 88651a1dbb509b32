package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
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
 * File → History of this relationship… and Share this relationship… in the window, worked as Ruth (a real login,
 * not a superuser) on a real server: Ctrl+Shift+Y opens the history with the newest change chosen, Alt+R puts
 * the earlier text back and the worksheet shows it; the owner shares by typing a login and pressing Enter; on
 * a colleague's relationship the Share window is read-only and says why.
 */
@ExtendWith(ApplicationExtension.class)
class TeamHistoryUiTest {
    private static final long WAIT_S = 15;

    private MainWindowHarness harness;
    private TeamAddress workbook;
    private String ruth;
    private String sam;
    private long acme;
    private long harbour;

    @Start
    void start(Stage stage) throws Exception {
        workbook = PostgresServer.shared().freshWorkbookAddress();
        TeamWorkbook.create(workbook, null, FixedClock.now()).close();
        ruth = TeamLogins.create("ruth");
        sam = TeamLogins.create("sam");
        TeamLogins.grantTableAccess(workbook, ruth, sam);
        try (TeamWorkbook asRuth = TeamWorkbook.open(TeamLogins.as(workbook, ruth), null, FixedClock.now());
             TeamWorkbook asSam = TeamWorkbook.open(TeamLogins.as(workbook, sam), null, FixedClock.now())) {
            acme = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            asRuth.collaboration().orElseThrow().permissions().share(acme, Sharing.privateTo(ruth).withEditors(List.of(sam)));
            RepairCase repair = asRuth.repairCases().load(acme);
            asRuth.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Ruth's words")));
            RepairCase theirs = asSam.repairCases().load(acme);
            asSam.repairCases().save(theirs.withUnderstanding(theirs.understanding().withRootCause("Sam's words")));
            harbour = asSam.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)).id();
            asSam.collaboration().orElseThrow().permissions().share(harbour, Sharing.privateTo(sam).withTeamReads(true));
        }
        harness = new MainWindowHarness();
        harness.start(stage, Path.of(TeamLogins.as(workbook, ruth).toString()));
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void historyRestoresByKeyboardAndSharingIsTheOwnersAlone(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, "Acme");
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);

        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y);
        MainWindowHarness.focusNewestWindow(robot);
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertTrue(table.isFocused(), "the list has the keyboard");
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "the newest change is chosen");
        assertEquals("Ruth's words", robot.lookup("#historyBefore").queryAs(TextArea.class).getText());
        assertEquals("Sam's words", robot.lookup("#historyAfter").queryAs(TextArea.class).getText());

        Keyboard.push(KeyCode.ALT, KeyCode.R);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        String status = robot.lookup("#historyStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Put back: Understand \u00b7 The root cause, as it was before " + sam), status);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> "Ruth's words".equals(
                harness.main().wizard().repairProperty().get().understanding().rootCause()));
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertEquals(1, Window.getWindows().stream().filter(Window::isShowing).count(), "Esc closed it");

        // Sharing, as the owner: type a login, Enter adds it, Enter again (on the list) saves.
        Fx.run(() -> fileItem(robot, "shareItem").fire());
        MainWindowHarness.focusNewestWindow(robot);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#shareOwner").queryAs(Label.class).getText().contains("(you)"));
        assertEquals(List.of(sam), robot.lookup("#shareEditors").queryAs(ListView.class).getItems());
        MainWindowHarness.setText(robot, "#shareLogin", "nobody_here");
        Fx.run(() -> robot.lookup("#shareLogin").query().requestFocus());
        Keyboard.push(KeyCode.ENTER);
        assertEquals(List.of(sam, "nobody_here"), robot.lookup("#shareEditors").queryAs(ListView.class).getItems(),
                "Enter in the login field adds the name and does not save");
        Fx.run(() -> robot.lookup("#shareTeamReads").queryAs(CheckBox.class).requestFocus());
        Keyboard.push(KeyCode.SPACE);
        Keyboard.push(KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#shareProblem").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#shareProblem").queryAs(Label.class).getText()
                .startsWith("The server has no login named nobody_here."));
        Fx.run(() -> robot.lookup("#shareEditors").queryAs(ListView.class).getSelectionModel().select(1));
        Fx.run(() -> robot.lookup("#shareEditors").query().requestFocus());
        Keyboard.push(KeyCode.DELETE);
        Keyboard.push(KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().filter(Window::isShowing).count() == 1);
        try (TeamWorkbook asSam = TeamWorkbook.open(TeamLogins.as(workbook, sam), null, FixedClock.now())) {
            assertEquals(new Sharing(ruth, List.of(sam), true),
                    asSam.collaboration().orElseThrow().permissions().of(acme).orElseThrow());
        }

        // A colleague's relationship: shown, read-only, with the reason.
        harness.select(robot, "Harbour");
        Fx.run(() -> fileItem(robot, "shareItem").fire());
        MainWindowHarness.focusNewestWindow(robot);
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#shareReadOnly").queryAs(Label.class).isVisible());
        assertEquals("Only its owner, " + sam + ", can change who may see this relationship; you can see who may.",
                robot.lookup("#shareReadOnly").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#shareSave").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#shareTeamReads").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#shareTeamReads").queryAs(CheckBox.class).isDisabled());
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertFalse(fileItem(robot, "historyItem").isDisable(), "a reader may open the history too");
    }

    private static MenuItem fileItem(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
