package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.plan.PlanVersion;
import org.bridgework.store.OtherProcess;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a workbook another Bridgework process has open: those that read work, a write is refused. */
class OpenElsewhereCommandsTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void checkReadsItAndSaysWhoHasItOpen() throws Exception {
        Path file = ExampleWorkbook.createIfMissing(folder.resolve("example.db"), FixedClock.now());
        try (OtherProcess other = OtherProcess.holding(file, 20)) {
            other.awaitCommit(1);
            int code = CheckCommand.run(file, print(out), print(err));
            assertEquals(0, code, text(err));
            assertTrue(text(out).contains("a healthy Bridgework workbook"), text(out));
            assertTrue(text(out).contains("It is open in another Bridgework window (process " + other.pid()
                    + " on this computer, since "), text(out));
            assertTrue(text(out).contains("this check only read it."), text(out));
            int before = other.lastCommit();
            other.awaitCommit(before + 2);
        }
    }

    @Test
    void aWorkbookNobodyHasOpenIsCheckedWithoutMentioningAWindow() throws Exception {
        Path file = ExampleWorkbook.createIfMissing(folder.resolve("example.db"), FixedClock.now());
        assertEquals(0, CheckCommand.run(file, print(out), print(err)));
        assertFalse(text(out).contains("another Bridgework window"), text(out));
        assertEquals(Set.of("example.db"), names(), "a check leaves nothing beside the workbook");
    }

    @Test
    void aPlanIsMadeFromTheOtherProcessesLatestCommits() throws Exception {
        Path file = ExampleWorkbook.createIfMissing(folder.resolve("example.db"), FixedClock.now());
        Path pdf = folder.resolve("plan.pdf");
        try (OtherProcess other = OtherProcess.holding(file, 20)) {
            other.awaitCommit(2);
            int code = PlanCommand.run(file, plan("Commit 1", pdf), FixedClock.now(), print(out), print(err));
            assertEquals(0, code, text(err));
            assertTrue(Files.size(pdf) > 1000);
            assertTrue(text(out).contains("Commit 1"), text(out));
            assertTrue(Workbook.holder(file).orElseThrow().pid() == other.pid(), "the other still has it");
        }
    }

    @Test
    void aPlanFromAWorkbookNobodyHasOpenLeavesNoFilesBehind() throws Exception {
        Path file = ExampleWorkbook.createIfMissing(folder.resolve("example.db"), FixedClock.now());
        Path pdf = folder.resolve("plan.pdf");
        assertEquals(0, PlanCommand.run(file, plan("Alder & Finch Home", pdf), FixedClock.now(), print(out), print(err)),
                text(err));
        assertEquals(Set.of("example.db", "plan.pdf"), names());
    }

    @Test
    void anOlderWorkbookHeldElsewhereIsNotUpgradedByAPlanWhichSaysWhy() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA application_id = 1112687703");
            statement.execute("CREATE TABLE relationship (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("PRAGMA user_version = 1");
        }
        String before = FileBytes.sha256(file);
        Path pdf = folder.resolve("plan.pdf");
        try (OtherProcess other = OtherProcess.lockingOnly(file)) {
            int code = PlanCommand.run(file, plan("Anything", pdf), FixedClock.now(), print(out), print(err));
            assertEquals(1, code);
            assertTrue(text(err).contains("cannot open the workbook " + file), text(err));
            assertTrue(text(err).contains("it is open in another Bridgework window (process " + other.pid()
                    + " on this computer, since "), text(err));
            assertTrue(text(err).contains("Nothing was changed"), text(err));
        }
        assertEquals(before, FileBytes.sha256(file));
        assertFalse(Files.exists(pdf));
        assertFalse(Files.exists(folder.resolve("backups")), "no upgrade was begun");
    }

    private static PlanOptions plan(String relationship, Path pdf) {
        return new PlanOptions(Optional.of(relationship), Optional.of(pdf), PlanVersion.INTERNAL, Optional.empty(),
                Optional.empty());
    }

    private Set<String> names() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static PrintWriter print(ByteArrayOutputStream bytes) {
        return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
