package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Open team workbook… from the keyboard, against a real PostgreSQL server: the dialog offers verify-full
 * first, explains an address that cannot work and keeps what was typed, then opens the team workbook, whose
 * relationships the portfolio lists and whose name the title shows; a new relationship is saved on the server.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWorkbookUiTest {
    private MainWindowHarness harness;
    private Stage stage;
    private static TeamAddress address;

    /** Before the window's start, which must be quick: the server may take seconds to start the first time. */
    @BeforeAll
    static void makeTeamWorkbook() throws Exception {
        // A database of its own, with the team workbook in the default schema, as the dialog names it.
        TeamAddress server = PostgresServer.shared().freshWorkbookAddress();
        String database = "ui_" + server.schema();
        PostgresServer.shared().execute("CREATE DATABASE " + database);
        address = new TeamAddress(server.user(), server.host(), server.port(), database, "disable",
                TeamAddress.DEFAULT_SCHEMA);
        try (TeamWorkbook team = TeamWorkbook.create(address, null, FixedClock.now())) {
            team.relationships().create(Relationship.draft("Acme on the server", FixedClock.NOW));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("On the laptop", FixedClock.NOW)));
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void opensATeamWorkbookFromTheFileMenu(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        BackupRestoreUiTest.chooseFromFileMenu(robot, "Open _team workbook\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#teamHost").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> tls = robot.lookup("#teamTls").queryAs(ComboBox.class);
        assertEquals("verify-full", tls.getValue(), "TLS with the server's name checked, unless changed");

        MainWindowHarness.setText(robot, "#teamHost", address.host());
        MainWindowHarness.setText(robot, "#teamPort", "not a port");
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        assertEquals("not a port is not a port number", robot.lookup("#teamProblem").queryAs(Label.class).getText());
        assertEquals(address.host(), robot.lookup("#teamHost").queryAs(javafx.scene.control.TextField.class).getText(),
                "what was typed stays");

        MainWindowHarness.setText(robot, "#teamPort", Integer.toString(address.port()));
        MainWindowHarness.setText(robot, "#teamDatabase", address.database());
        MainWindowHarness.setText(robot, "#teamUser", address.user());
        Fx.run(() -> tls.setValue("disable"));
        Keyboard.push(KeyCode.ENTER);
        harness.awaitLoaded();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> harness.shownNames().equals(List.of("Acme on the server")));
        assertEquals("Bridgework \u2014 team: " + address.database() + "@" + address.host(), stage.getTitle());
    }
}
