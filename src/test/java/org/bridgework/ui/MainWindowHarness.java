package org.bridgework.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.FxDialogService;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.main.MainController;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, as the app builds it, on a real workbook in a temporary folder, with the real
 * background store thread. Only "exit the application" is replaced, so a test can see it was asked for.
 */
public final class MainWindowHarness {
    public final Path folder;
    public final Path workbook;
    public final AtomicBoolean exitRequested = new AtomicBoolean();
    private java.util.function.Function<Stage, org.bridgework.ui.common.DialogService> dialogs = FxDialogService::new;
    private StoreThread runner;
    private MainController main;
    private Stage stage;

    public MainWindowHarness() {
        try {
            folder = Files.createTempDirectory("bridgework-ui-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workbook = folder.resolve("workbook.db");
    }

    /** Puts relationships into the workbook before the window opens it. */
    public MainWindowHarness withRelationships(List<Relationship> relationships) throws WorkbookException {
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            book.relationships().createAll(relationships);
        }
        return this;
    }

    /** Replaces the dialogs (for example to answer a file chooser without one); the real ones by default. */
    public MainWindowHarness withDialogs(java.util.function.Function<Stage, org.bridgework.ui.common.DialogService> factory) {
        this.dialogs = factory;
        return this;
    }

    /** Builds and shows the window on {@code stage}, then opens {@code file}. */
    public void start(Stage stage, Path file) {
        Theme.LIGHT.apply();
        this.stage = stage;
        runner = new StoreThread();
        AppSettings settings = AppSettings.load(folder.resolve("data"));
        main = new MainController(stage, runner, dialogs.apply(stage), settings, FixedClock.now(),
                () -> exitRequested.set(true));
        Scene scene = new Scene(main.view(), 1366, 768);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.show();
        stage.toFront();
        main.openAtStart(file);
    }

    public void start(Stage stage) {
        start(stage, workbook);
    }

    /**
     * Gives the keyboard to the newest window (a dialog just opened). A desktop's window manager does
     * this by itself; Monocle's headless screen does not, so keys would still go to the main window.
     */
    public static void focusNewestWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.stage.Window> windows = robot.listWindows();
        javafx.stage.Window newest = windows.get(windows.size() - 1);
        robot.interact(newest::requestFocus);
        // TestFX types text into its target window's scene, and presses keys into the focused one.
        robot.targetWindow(newest);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node that has the keyboard in the main window. */
    public javafx.scene.Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    /** What the workbook holds for a relationship's repair, read through a second connection. */
    public org.bridgework.model.repair.RepairCase storedRepair(long relationshipId) throws Exception {
        flushSaves();
        flushAndWait(main.wizard());
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            return book.repairCases().load(relationshipId);
        }
    }

    /**
     * Holds the store thread, as a disk that does not answer would: a task queued now waits until the latch returned
     * is counted down, and everything queued after it waits behind it. Waits for nothing itself.
     */
    public java.util.concurrent.CountDownLatch holdStoreThread() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        runner.run(() -> release.await(60, TimeUnit.SECONDS), held -> { }, error -> { });
        return release;
    }

    public MainController main() {
        return main;
    }

    /** Waits until the workbook's relationships are on screen. */
    public void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> main.portfolio().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes every pending edit and waits for it, as closing the window would. */
    public void flushSaves() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        flushAndWait(main.portfolio());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asks {@code user} to write its pending edits and waits, on the test's thread, for the answer. */
    private static void flushAndWait(org.bridgework.ui.common.WorkbookUser user) throws Exception {
        java.util.concurrent.CompletableFuture<Boolean> written = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> user.flush(written::complete));
        written.get(15, TimeUnit.SECONDS);
    }

    /** What the workbook file holds now, read through a second connection as another process would. */
    public List<Relationship> stored() throws Exception {
        flushSaves();
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            return book.relationships().findAll();
        }
    }

    /** The stored relationship called {@code name}. */
    public Relationship storedNamed(String name) throws Exception {
        return stored().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    public List<String> storedNames() throws Exception {
        return stored().stream().map(Relationship::name).toList();
    }

    /** The names the portfolio list shows, in its order. */
    public List<String> shownNames() {
        return main().portfolio().shown().stream().map(item -> item.nameProperty().get()).toList();
    }

    /** The name of the selected relationship; empty when none is. */
    public String selectedName() {
        RelationshipItem selected = main().portfolio().selectedProperty().get();
        return selected == null ? "" : selected.nameProperty().get();
    }

    @SuppressWarnings("unchecked")
    public static ListView<RelationshipItem> portfolio(FxRobot robot) {
        return robot.lookup("#portfolio").queryAs(ListView.class);
    }

    /** Selects the relationship called {@code name} in the portfolio list, if it shows one. */
    public void select(FxRobot robot, String name) {
        robot.interact(() -> main().portfolio().shown().stream()
                .filter(item -> item.nameProperty().get().equals(name)).findFirst()
                .ifPresent(item -> portfolio(robot).getSelectionModel().select(item)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the workbook's Trash holds now, read through a second connection. */
    public List<org.bridgework.model.TrashedRelationship> storedTrash() throws Exception {
        flushSaves();
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            return book.relationships().trash();
        }
    }

    public void stop() throws Exception {
        if (main != null) {
            WaitForAsyncUtils.asyncFx(main::shutdown).get(15, TimeUnit.SECONDS);
        }
        if (runner != null) {
            // Closing the workbook was queued, not waited for: wait here, on the test's thread, before files go.
            runner.awaitIdle(Duration.ofSeconds(15));
            runner.shutdown();
        }
        FxToolkit.cleanupStages();
    }
}
