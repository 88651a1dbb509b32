package org.bridgework.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.StoreThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Real failures whose exceptions carry what the user typed (a file named after a client, a value from an import,
 * a settings file with their paths), through the real background thread: the log tells what failed and where,
 * and holds none of those words.
 */
class NoUserTextInLogTest {
    private static final String CLIENT = "Nadia Okonkwo Holdings";
    private static final String VALUE = "Vertraulichkestrel";

    private Thread.UncaughtExceptionHandler uncaughtBefore;
    @TempDir
    Path folder;
    private Path data;
    private StoreThread store;

    /**
     * The toolkit as the UI tests start it (TestFX's primary stage, no implicit exit): a toolkit started here with
     * {@code Platform.startup} would be the one the UI tests after this class in the JVM get, and it would end
     * when their last window closes.
     */
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /**
     * One test throws on purpose where nobody catches: TestFX's handler (there when a UI test ran earlier in this
     * JVM) would keep that failure and throw it into the next UI test, so it is set aside meanwhile.
     */
    @BeforeEach
    void start() throws Exception {
        uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(null);
        data = Files.createDirectories(folder.resolve("data"));
        AppLog.start(data, "Bridgework test");
        store = new StoreThread();
    }

    @AfterEach
    void stop() {
        store.shutdown();
        AppLog.stop();
        Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
    }

    @Test
    void aWorkbookNamedAfterAClientThatCannotBeOpened() throws Exception {
        Path file = Files.writeString(folder.resolve(CLIENT + ".db"), "Notes about " + VALUE + ", not a database");
        Throwable error = failureOf(() -> Workbook.open(file, FixedClock.now()));
        assertInstanceOf(WorkbookException.class, error);
        assertTrue(error.getMessage().contains(CLIENT), "the precondition: the exception names the client");

        String log = log();
        assertTrue(log.contains("WARNING org.bridgework.ui.common.StoreThread: A task on bridgework-store failed\n"
                + "    org.bridgework.store.WorkbookException [NOT_SQLITE]\n"), log);
        assertClean(log);
    }

    @Test
    void anImportRefusedForAValueTheUserWrote() throws Exception {
        Path workbook = folder.resolve("workbook.db");
        Workbook.open(workbook, FixedClock.now()).close();
        Path export = Files.writeString(folder.resolve(CLIENT + ".json"), VALUE + " is all this file says");
        Throwable error = failureOf(() -> {
            try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
                return WorkbookImport.run(book, export);
            }
        });
        assertInstanceOf(ExchangeException.class, error);
        String said = error.getMessage() + " " + error.getCause().getMessage();
        assertTrue(said.contains(CLIENT) && said.contains(VALUE), "the precondition: the failure quotes both: " + said);

        String log = log();
        assertTrue(log.contains("    org.bridgework.exchange.ExchangeException\n"), log);
        assertTrue(log.contains("    Caused by: com.fasterxml.jackson.core.JsonParseException\n"), log);
        assertClean(log);
        assertTrue(AppLog.recentProblems().stream().anyMatch(line -> line.contains("ExchangeException")));
        assertTrue(AppLog.recentProblems().stream().noneMatch(line -> line.contains(VALUE) || line.contains(CLIENT)));
    }

    @Test
    void aDamagedSettingsFileThatListsTheClientsWorkbooks() throws Exception {
        Files.write(data.resolve("settings.properties"), ("theme=dark\nrecent.0=/home/maria/" + CLIENT + ".db\n"
                + "note=" + VALUE + "\n\0\0\0\0").getBytes(StandardCharsets.ISO_8859_1));
        AppSettings settings = AppSettings.load(data);
        assertTrue(settings.broken().isPresent());

        String log = log();
        assertTrue(log.contains("Settings file not usable (NOT_TEXT), defaults in force; kept as settings.properties.broken"), log);
        assertClean(log);
    }

    @Test
    void anUncaughtFailureOnTheJavaFxThread() throws Exception {
        CompletableFuture<Void> thrown = new CompletableFuture<>();
        Platform.runLater(() -> {
            thrown.complete(null);
            throw new IllegalStateException("Cannot rename " + CLIENT + " to " + VALUE);
        });
        thrown.get(10, TimeUnit.SECONDS);
        // The throw comes after the completion, on the same event: wait until a later event has run.
        CompletableFuture<Void> after = new CompletableFuture<>();
        Platform.runLater(() -> after.complete(null));
        after.get(10, TimeUnit.SECONDS);

        String log = log();
        assertTrue(log.contains("SEVERE org.bridgework: Uncaught failure on thread JavaFX Application Thread\n"
                + "    java.lang.IllegalStateException\n"), log);
        assertClean(log);
    }

    private Throwable failureOf(java.util.concurrent.Callable<?> work) throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        store.run(work, result -> failure.complete(null), failure::complete);
        Throwable error = failure.get(20, TimeUnit.SECONDS);
        assertTrue(store.awaitIdle(Duration.ofSeconds(10)));
        return error;
    }

    private String log() throws Exception {
        AppLog.flush();
        return Files.readString(data.resolve("logs").resolve("bridgework-0.log"), StandardCharsets.UTF_8);
    }

    private static void assertClean(String log) {
        for (String word : List.of(CLIENT, "Nadia", VALUE)) {
            assertFalse(log.contains(word), "\"" + word + "\" is not in the log:\n" + log);
        }
    }
}
