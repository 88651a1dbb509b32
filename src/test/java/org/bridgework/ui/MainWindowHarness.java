package org.bridgework.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.FxDialogService;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.main.AppContext;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, built by {@link AppContext} as the app builds it, on a real workbook in a temporary
 * folder (removed by {@link #stop()}). Its work runs on same-thread runners: what the app does on its store
 * and compute threads happens at once on the JavaFX thread, and the pause before an auto-save passes when the
 * test says so ({@link #passTime()}). Only "exit the application" is replaced, so a test can see it was asked for.
 */
public final class MainWindowHarness {
    public final Path folder;
    public final Path workbook;
    public final AtomicBoolean exitRequested = new AtomicBoolean();
    private java.util.function.Function<Stage, org.bridgework.ui.common.DialogService> dialogs = FxDialogService::new;
    private final ImmediateTaskRunner store = new ImmediateTaskRunner();
    private final ImmediateTaskRunner compute = new ImmediateTaskRunner();
    private final ImmediateTaskRunner backups = new ImmediateTaskRunner();
    /** The real store thread, with {@link #withRealThreads()}. */
    private StoreThread realStore;
    private boolean windowClosed;
    private boolean realThreads;
    private AppContext main;
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

    /** Makes the worked examples' workbook (ExampleWorkbook) for the window to open. */
    public MainWindowHarness withExample() throws WorkbookException {
        org.bridgework.example.ExampleWorkbook.createIfMissing(workbook, FixedClock.now());
        return this;
    }

    /** Replaces the dialogs (for example to answer a file chooser without one); the real ones by default. */
    public MainWindowHarness withDialogs(java.util.function.Function<Stage, org.bridgework.ui.common.DialogService> factory) {
        this.dialogs = factory;
        return this;
    }

    /**
     * Runs the app's work on its real background threads instead, as the app does: for a test whose point is
     * the order in which work hands back results (reopening a workbook another process has just let go of).
     */
    public MainWindowHarness withRealThreads() {
        this.realThreads = true;
        return this;
    }

    /**
     * Builds and shows the window on {@code stage}, then opens {@code file}. The opening is left to the JavaFX
     * thread's next turn, as a background thread would hand it back: a dialog it shows must not hold up the start.
     */
    public void start(Stage stage, Path file) {
        closeWindowsLeftOpen(stage);
        Theme.LIGHT.apply();
        this.stage = stage;
        AppSettings settings = AppSettings.load(folder.resolve("data"));
        // The reminder of what is due is a window of its own; the tests that count windows must not meet it.
        settings.setWeek(new org.bridgework.settings.WeekSettings(false, false, 14, 2, java.util.Optional.empty()));
        if (realThreads) {
            realStore = new StoreThread();
            main = new AppContext(stage, realStore, new StoreThread("bridgework-compute"),
                    new StoreThread("bridgework-backup"), dialogs.apply(stage), settings, FixedClock.now(),
                    () -> exitRequested.set(true));
        } else {
            main = new AppContext(stage, store, compute, backups, dialogs.apply(stage), settings, FixedClock.now(),
                    () -> exitRequested.set(true));
        }
        // E-mail drafts go to this test's folder, which stop() removes, not to the system's temporary folder.
        main.outbound().keepDraftsIn(folder.resolve("drafts"));
        Scene scene = new Scene(main.view(), 1366, 768);
        scene.getStylesheets().add(Theme.appStylesheet());
        // TestFX hands every test in a JVM the same stage: a size an earlier test gave it (SmallScreenUiTest makes
        // it 1024×640) would otherwise stay, whatever the new scene's size.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        stage.toFront();
        AppContext opening = main;
        Platform.runLater(() -> opening.openAtStart(file));
    }

    public void start(Stage stage) {
        start(stage, workbook);
    }

    /**
     * A dialog an earlier test's window opened after that test ended (work it queued, running late) would take the
     * keys meant for this one: it is closed, and named on the console so the cause can be found.
     */
    private static void closeWindowsLeftOpen(Stage stage) {
        for (javafx.stage.Window window : List.copyOf(javafx.stage.Window.getWindows())) {
            if (window.isShowing() && window != stage) {
                String title = window instanceof Stage other ? other.getTitle() : window.toString();
                System.err.println("MainWindowHarness: closed a window an earlier test left open: " + title);
                window.hide();
            }
        }
    }

    /**
     * Lets the time pass that the app waits before delayed work (the pause after typing before an auto-save, the
     * wait before retrying a failed save): that work runs now, on the JavaFX thread. Returns how many pieces ran.
     */
    public int passTime() throws Exception {
        Fx.settle();
        int ran = WaitForAsyncUtils.asyncFx(store::runDelayed).get(30, TimeUnit.SECONDS);
        Fx.settle();
        return ran;
    }

    /** The delays of the work waiting for {@link #passTime()}, in the order asked for. */
    public List<Duration> waitingDelays() throws Exception {
        return WaitForAsyncUtils.asyncFx(store::waitingDelays).get(5, TimeUnit.SECONDS);
    }

    /** The runner that stands in for the store thread. */
    public TaskRunner store() {
        return store;
    }

    /**
     * Puts {@code text} into the text field or area {@code query} finds, as a paste would: for tests about what
     * happens to text, not about typing it (the keyboard tests type).
     */
    public static void setText(FxRobot robot, String query, String text) {
        Fx.run(() -> {
            TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
            field.requestFocus();
            field.setText(text);
            field.end();
        });
    }

    /** Puts {@code text} into the text field that has the keyboard in the window keys go to (a dialog's). */
    public static void setTextOfFocused(FxRobot robot, String text) {
        Fx.run(() -> {
            // The focused window, not TestFX's target window: under load a tooltip's popup can become the target.
            javafx.stage.Window window = javafx.stage.Window.getWindows().stream()
                    .filter(javafx.stage.Window::isFocused)
                    .filter(w -> w.getScene() != null && w.getScene().getFocusOwner() instanceof TextInputControl)
                    .findFirst().orElse(robot.targetWindow());
            TextInputControl field = (TextInputControl) window.getScene().getFocusOwner();
            field.setText(text);
            field.end();
        });
    }

    /** Adds {@code text} at the end of the text field or area {@code query} finds, as a paste there would. */
    public static void appendText(FxRobot robot, String query, String text) {
        Fx.run(() -> {
            TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
            field.requestFocus();
            field.end();
            field.appendText(text);
        });
    }

    /**
     * Gives the keyboard to the newest window (a dialog just opened). A desktop's window manager does
     * this by itself; Monocle's headless screen does not, so keys would still go to the main window.
     */
    public static void focusNewestWindow(FxRobot robot) {
        Fx.settle();
        List<javafx.stage.Window> windows = robot.listWindows();
        javafx.stage.Window newest = windows.get(windows.size() - 1);
        Fx.run(newest::requestFocus);
        // TestFX types text into its target window's scene, and presses keys into the focused one.
        robot.targetWindow(newest);
        Fx.settle();
    }

    /**
     * The button reading {@code text} in any window, once there is one (waits up to 5 s). A lookup by text alone
     * may answer with the button's own label inside it, whichever the scene graph's walk meets first.
     */
    public static javafx.scene.control.Button button(FxRobot robot, String text) throws Exception {
        java.util.function.Predicate<javafx.scene.Node> isIt = node -> node instanceof javafx.scene.control.Button b
                && text.equals(b.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(isIt).tryQuery().isPresent());
        return robot.lookup(isIt).queryButton();
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
     * is counted down, and everything queued after it waits behind it. Waits for nothing itself. Needs
     * {@link #withRealThreads()}: a same-thread runner cannot be held without holding the JavaFX thread too.
     */
    public java.util.concurrent.CountDownLatch holdStoreThread() {
        if (realStore == null) {
            throw new IllegalStateException("holdStoreThread() needs withRealThreads()");
        }
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        realStore.run(() -> release.await(60, TimeUnit.SECONDS), held -> { }, error -> { });
        return release;
    }

    /** The app's parts, as {@link AppContext} built them. */
    public AppContext main() {
        return main;
    }

    /** Waits until the workbook's relationships are on screen. */
    public void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> main.portfolio().loadedProperty().get());
        Fx.settle();
    }

    /** Writes every pending edit and waits for it, as closing the window would. */
    public void flushSaves() throws Exception {
        Fx.settle();
        flushAndWait(main.portfolio());
        Fx.settle();
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
        Fx.run(() -> main().portfolio().shown().stream()
                .filter(item -> item.nameProperty().get().equals(name)).findFirst()
                .ifPresent(item -> portfolio(robot).getSelectionModel().select(item)));
        Fx.settle();
    }

    /** What the workbook's Trash holds now, read through a second connection. */
    public List<org.bridgework.model.TrashedRelationship> storedTrash() throws Exception {
        flushSaves();
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            return book.relationships().trash();
        }
    }

    /** Closes the window as the app does when it ends, then removes the temporary folder and all in it. */
    public void stop() throws Exception {
        try {
            closeWindow();
        } finally {
            deleteFolder();
        }
    }

    /**
     * Closes the window as the app does when it ends, leaving the temporary folder and its workbook for the test
     * to read; {@link #stop()} removes them later. Closing twice closes once.
     */
    public void closeWindow() throws Exception {
        if (main != null && !windowClosed) {
            windowClosed = true;
            WaitForAsyncUtils.asyncFx(main::shutdown).get(15, TimeUnit.SECONDS);
        }
        if (realStore != null) {
            // Closing the workbook was queued, not waited for: wait here, on the test's thread, before files go.
            realStore.awaitStopped(Duration.ofSeconds(15));
        }
        FxToolkit.cleanupStages();
    }

    private void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(file);
                } catch (NoSuchFileException gone) {
                    // SQLite removes its -wal and -shm files itself when the last connection closes.
                }
            }
        } catch (NoSuchFileException gone) {
            // Already removed.
        }
    }
}
