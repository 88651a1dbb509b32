package org.bridgework.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    private static final System.Logger LOG = System.getLogger("org.bridgework.logging.AppLogTest");

    private Thread.UncaughtExceptionHandler uncaughtBefore;
    @TempDir
    Path data;

    /**
     * These tests throw on purpose where nobody catches: TestFX's handler (there when a UI test ran earlier in this
     * JVM) would keep such a failure and throw it into the next UI test, so it is out of the way meanwhile.
     */
    @BeforeEach
    void setTestFxHandlerAside() {
        uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @AfterEach
    void stop() {
        AppLog.stop();
        Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
    }

    @Test
    void noFileUntilTheFirstRecordThenOneWithTheSessionHeader() throws IOException {
        AppLog.start(data, "Bridgework 9.9-test");
        assertFalse(Files.exists(data.resolve("logs")), "starting costs nothing: no folder, no file");

        LOG.log(System.Logger.Level.INFO, "Opened the window");
        String text = logText();
        assertTrue(text.startsWith("---- Bridgework 9.9-test, process " + ProcessHandle.current().pid()), text);
        assertTrue(text.contains(" INFO org.bridgework.logging.AppLogTest: Opened the window\n"), text);
        assertEquals(AppLog.folder().orElseThrow(), data.resolve("logs"));
    }

    @Test
    void aThrowableIsWrittenWithItsClassAndFramesButNotItsMessage() throws IOException {
        AppLog.start(data, "Bridgework");
        IllegalStateException cause = new IllegalStateException("inner words");
        LOG.log(System.Logger.Level.WARNING, "Something failed", new java.io.UncheckedIOException(
                new java.nio.file.AccessDeniedException("/home/someone/secret.db", null, "Permission denied")));
        LOG.log(System.Logger.Level.ERROR, "Another failed", new RuntimeException("outer words", cause));
        String text = logText();
        assertTrue(text.contains("WARNING org.bridgework.logging.AppLogTest: Something failed\n"
                + "    java.io.UncheckedIOException\n"), text);
        assertTrue(text.contains("    Caused by: java.nio.file.AccessDeniedException [Permission denied]\n"), text);
        assertTrue(text.contains("SEVERE org.bridgework.logging.AppLogTest: Another failed\n"), text);
        assertTrue(text.contains("    Caused by: java.lang.IllegalStateException\n"), text);
        assertTrue(text.contains("at org.bridgework.logging.AppLogTest.aThrowableIsWrittenWithItsClassAndFramesButNotItsMessage"), text);
        for (String message : List.of("secret.db", "inner words", "outer words")) {
            assertFalse(text.contains(message), message + " stays out of the log: " + text);
        }
    }

    @Test
    void theFilesRotateAtAboutOneMegabyteAndThreeAreKept() throws IOException {
        AppLog.start(data, "Bridgework");
        Exception deep = deepFailure(60);
        for (int i = 0; i < 1200; i++) {
            LOG.log(System.Logger.Level.WARNING, "Failure number " + i, deep);
        }
        AppLog.flush();
        List<String> names;
        try (Stream<Path> files = Files.list(data.resolve("logs"))) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".log")).sorted().toList();
        }
        assertEquals(List.of("bridgework-0.log", "bridgework-1.log", "bridgework-2.log"), names);
        for (String name : names) {
            long size = Files.size(data.resolve("logs").resolve(name));
            assertTrue(size <= OnDemandFileHandler.LIMIT_BYTES + 10_000, name + " is " + size + " bytes");
        }
        assertTrue(logText().contains("Failure number 1199"), "the newest record is in the file written now");
    }

    @Test
    void theLastTwentyWarningsAndErrorsAreKeptInMemoryAndInfoIsNot() {
        AppLog.start(data, "Bridgework");
        LOG.log(System.Logger.Level.INFO, "Only information");
        for (int i = 0; i < 25; i++) {
            LOG.log(System.Logger.Level.WARNING, "Warning " + i, new java.sql.SQLException("UNIQUE failed: Acme", "23000", 19));
        }
        List<String> recent = AppLog.recentProblems();
        assertEquals(AppLog.RECENT_PROBLEMS, recent.size());
        assertTrue(recent.get(0).contains("WARNING AppLogTest: Warning 5 — java.sql.SQLException [error code 19, SQL state 23000]"
                + " at org.bridgework.logging.AppLogTest."), recent.get(0));
        assertTrue(recent.get(19).contains("Warning 24"), recent.get(19));
        assertTrue(recent.stream().noneMatch(line -> line.contains("Only information") || line.contains("Acme")), recent.toString());
    }

    @Test
    void aFailureNoCodeCaughtOnAnyThreadIsLogged() throws Exception {
        AppLog.start(data, "Bridgework");
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("a client called Nadia");
        }, "bridgework-test-worker");
        worker.start();
        worker.join();
        String text = logText();
        assertTrue(text.contains("SEVERE org.bridgework: Uncaught failure on thread bridgework-test-worker\n"
                + "    java.lang.IllegalArgumentException\n"), text);
        assertFalse(text.contains("Nadia"), text);
        assertEquals(1, AppLog.recentProblems().size());
    }

    @Test
    void stoppingPutsLoggingBackAsItWas() throws IOException {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        AppLog.start(data, "Bridgework");
        LOG.log(System.Logger.Level.WARNING, "While started");
        AppLog.stop();
        LOG.log(System.Logger.Level.WARNING, "After stopping");
        assertFalse(Files.readString(data.resolve("logs").resolve("bridgework-0.log")).contains("After stopping"));
        assertEquals(List.of(), AppLog.recentProblems());
        assertTrue(AppLog.folder().isEmpty());
        assertEquals(before, Thread.getDefaultUncaughtExceptionHandler());
    }

    @Test
    void aFolderWithAPercentSignInItsNameIsUsedAsItIs() throws IOException {
        Path odd = Files.createDirectories(data.resolve("100%g done %u"));
        AppLog.start(odd, "Bridgework");
        LOG.log(System.Logger.Level.INFO, "Hello");
        assertTrue(Files.readString(odd.resolve("logs").resolve("bridgework-0.log")).contains("Hello"));
    }

    @Test
    void whenTheFolderCannotBeMadeTheAppCarriesOnAndStillKeepsTheLastProblems() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("plain-file"), "x");
        AppLog.start(notAFolder, "Bridgework");
        LOG.log(System.Logger.Level.WARNING, "Nowhere to write this");
        assertEquals(1, AppLog.recentProblems().size());
        assertTrue(Files.isRegularFile(notAFolder));
    }

    private String logText() throws IOException {
        AppLog.flush();
        return Files.readString(data.resolve("logs").resolve("bridgework-0.log"), StandardCharsets.UTF_8);
    }

    /** A failure with a stack {@code depth} calls deep, for records of a realistic size. */
    private static Exception deepFailure(int depth) {
        if (depth == 0) {
            return new IllegalStateException("deep");
        }
        return deepFailure(depth - 1);
    }
}
