import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.RelationshipRepository;
import org.bridgework.store.Workbook;
import org.bridgework.ui.common.FxDialogService;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.main.AppContext;

/**
 * The scale benchmark's measuring half (bench/scale builds and runs it):
 *
 * <pre>
 *   ScaleBench ui WORKBOOK DATA_FOLDER     the real main window (AppContext, as BridgeworkApp builds it)
 *                                          under a real X server: opening the workbook to the first laid-out
 *                                          list, then keystrokes in the search field to the re-laid-out list
 *   ScaleBench week WORKBOOK DATA_FOLDER RUNS
 *                                          the same window on a workbook with many open repairs: Ctrl+0 (This
 *                                          week, read afresh) typed through the X server, to the week's list
 *                                          laid out with the agenda read (bench/week-on-screen)
 *   ScaleBench saves WORKBOOK SQL_OUT      every relationship saved once through RelationshipRepository.update
 *                                          (one transaction each, as the app's auto-save does), and the same
 *                                          UPDATEs written as SQL for the sqlite3 command
 * </pre>
 *
 * Times are taken on the JavaFX thread: a key event's arrival (a scene event filter), the search text's change
 * (after the filter ran: the model's listener comes first), the start and the end of the layout pass of the
 * next pulse (pulse listeners). The frame is drawn after that layout, by the render thread.
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);  // the JavaFX thread would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        switch (args[0]) {
            case "ui" -> ui(Path.of(args[1]), Path.of(args[2]));
            case "week" -> week(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "saves" -> saves(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("ui, week or saves");
        }
    }

    // ---- Saves

    private static void saves(Path file, Path sqlOut) throws Exception {
        try (Workbook workbook = Workbook.open(file, Clock.systemUTC())) {
            RelationshipRepository store = workbook.relationships();
            List<Relationship> all = store.findAll();
            List<Relationship> changed = new ArrayList<>(all.size());
            for (Relationship r : all) {
                changed.add(new Relationship(r.id(), r.name(), r.organisation(), r.contactPerson(), r.owner(),
                        r.kind(), r.notes() + " Called back on Monday.", r.archived(), r.createdAt(), r.updatedAt()));
            }
            writeSql(changed, sqlOut);
            long start = System.nanoTime();
            for (Relationship r : changed) {
                store.update(r);
            }
            long elapsed = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "saves-java %d %.1f%n", changed.size(), elapsed / 1e6);
        }
    }

    /** The same UPDATEs as RelationshipRepository.update, one statement (so one transaction) each. */
    private static void writeSql(List<Relationship> rows, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            // The connection settings of the app's SqliteConnections.readWrite.
            w.write("PRAGMA foreign_keys = ON;\nPRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n"
                    + "PRAGMA busy_timeout = 5000;\n");
            for (Relationship r : rows) {
                w.write("UPDATE relationship SET name = " + q(r.name()) + ", organisation = " + q(r.organisation())
                        + ", contact_person = " + q(r.contactPerson()) + ", owner = " + q(r.owner())
                        + ", kind = " + q(r.kind().name().toLowerCase(Locale.ROOT)) + ", notes = " + q(r.notes())
                        + ", archived = " + (r.archived() ? 1 : 0) + ", updated_at = " + q(Instant.now().toString())
                        + " WHERE id = " + r.id() + ";\n");
            }
        }
    }

    private static String q(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    // ---- The window

    /** One keystroke's times on the JavaFX thread (nanoTime); 0 until seen. */
    private static final class Sample {
        final KeyCode key;
        long sent;
        long event;
        long filtered;
        long pulse;
        long laidOut;
        CountDownLatch done = new CountDownLatch(1);

        Sample(KeyCode key) {
            this.key = key;
        }
    }

    private static volatile Sample pending;

    /** The JavaFX toolkit started, and the real main window shown: {stage, AppContext, scene}. */
    private static Object[] openWindow(Path dataFolder) throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        Object[] parts = new Object[3];
        onFx(() -> {
            Theme.LIGHT.apply();
            Stage stage = new Stage();
            AppContext main = new AppContext(stage, new StoreThread(), new StoreThread("bridgework-compute"),
                    new StoreThread("bridgework-backup"),
                    new FxDialogService(stage), AppSettings.load(dataFolder), Clock.systemDefaultZone(), () -> { });
            Scene scene = new Scene(main.view(), 1366, 768);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            parts[0] = stage;
            parts[1] = main;
            parts[2] = scene;
        });
        return parts;
    }

    private static void ui(Path workbook, Path dataFolder) throws Exception {
        Object[] parts = openWindow(dataFolder);
        Thread.sleep(1500);  // the empty window settles
        Stage stage = (Stage) parts[0];
        AppContext main = (AppContext) parts[1];
        Scene scene = (Scene) parts[2];

        // Opening the workbook → the list laid out with its rows
        long[] times = new long[3];
        CountDownLatch painted = new CountDownLatch(1);
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> list = (ListView<Object>) scene.lookup("#portfolio");
            main.portfolio().loadedProperty().addListener((o, was, loaded) -> {
                if (loaded && times[1] == 0) {
                    times[1] = System.nanoTime();
                }
            });
            scene.addPostLayoutPulseListener(() -> {
                if (times[1] != 0 && times[2] == 0 && hasFilledCell(list)) {
                    times[2] = System.nanoTime();
                    painted.countDown();
                }
            });
            times[0] = System.nanoTime();
            main.openAtStart(workbook);
        });
        if (!painted.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the list was never filled");
        }
        int count = main.portfolio().all().size();
        System.out.printf(Locale.ROOT, "first-list %d %.1f %.1f%n", count, (times[1] - times[0]) / 1e6,
                (times[2] - times[0]) / 1e6);
        Thread.sleep(1000);

        // Keystrokes in the search field
        TextField search = (TextField) scene.lookup("#search");
        Robot[] robot = new Robot[1];
        onFx(() -> {
            robot[0] = new Robot();
            scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                Sample s = pending;
                if (s != null && s.event == 0) {
                    s.event = System.nanoTime();
                }
            });
            search.textProperty().addListener((o, old, text) -> {
                Sample s = pending;
                if (s != null && s.event != 0 && s.filtered == 0) {
                    s.filtered = System.nanoTime();
                }
            });
            scene.addPreLayoutPulseListener(() -> {
                Sample s = pending;
                if (s != null && s.filtered != 0 && s.pulse == 0) {
                    s.pulse = System.nanoTime();
                }
            });
            scene.addPostLayoutPulseListener(() -> {
                Sample s = pending;
                if (s != null && s.pulse != 0 && s.laidOut == 0) {
                    s.laidOut = System.nanoTime();
                    s.done.countDown();
                }
            });
            stage.toFront();
            stage.requestFocus();
            robot[0].mouseMove(stage.getX() + 160, stage.getY() + 110);
            robot[0].mouseClick(javafx.scene.input.MouseButton.PRIMARY);  // into the search field
            search.requestFocus();
        });
        Thread.sleep(500);
        List<Sample> samples = new ArrayList<>();
        String[] words = {"harbour", "kestrel log", "maria", "ltd", "zzz", "oak", "sierra en", "obrien", "fjord print"};
        List<Sample> warmUp = new ArrayList<>();
        typeWord(robot[0], "north", warmUp);  // warm-up, not counted; its first key folds every searched text once
        Sample first = warmUp.get(0);
        System.out.printf(Locale.ROOT, "first-key %.1f%n", (first.laidOut - first.event) / 1e6);
        for (int round = 0; round < 2; round++) {
            for (String word : words) {
                typeWord(robot[0], word, samples);
            }
        }
        report(samples);
        Platform.exit();
        System.exit(0);
    }

    /** One Ctrl+0: from the key's arrival to the layout of the pulse after the week's list got the new agenda. */
    private static final class WeekSample {
        final CountDownLatch done = new CountDownLatch(1);
        volatile long event;
        volatile long listed;
        volatile long laidOut;
    }

    private static volatile WeekSample asking;

    private static void week(Path workbook, Path dataFolder, int runs) throws Exception {
        Object[] parts = openWindow(dataFolder);
        CountDownLatch listed = new CountDownLatch(1);
        onFx(() -> {
            Scene scene = (Scene) parts[2];
            scene.addPostLayoutPulseListener(() -> {
                if (scene.lookup("#weekList") instanceof ListView<?> list && hasFilledCell(list)) {
                    listed.countDown();
                }
                WeekSample s = asking;
                if (s != null && s.listed != 0 && s.laidOut == 0) {
                    s.laidOut = System.nanoTime();
                    s.done.countDown();
                }
            });
            ((AppContext) parts[1]).openAtStart(workbook);
        });
        if (!listed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("This week never listed anything: does the workbook have open repairs?");
        }
        Stage stage = (Stage) parts[0];
        Scene scene = (Scene) parts[2];
        Robot[] robot = new Robot[1];
        int[] rows = new int[1];
        onFx(() -> {
            robot[0] = new Robot();
            ListView<?> list = (ListView<?>) scene.lookup("#weekList");
            // The read's end: the agenda is put on the list in the same turn if it differs from the one shown (an
            // equal agenda changes nothing on screen).
            ((AppContext) parts[1]).week().loadingProperty().addListener((o, was, loading) -> {
                WeekSample s = asking;
                if (s != null && s.event != 0 && s.listed == 0 && !loading) {
                    s.listed = System.nanoTime();
                    rows[0] = list.getItems().size();
                }
            });
            scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                WeekSample s = asking;
                if (s != null && s.event == 0 && event.getCode() == KeyCode.DIGIT0) {
                    s.event = System.nanoTime();
                }
            });
            stage.toFront();
            stage.requestFocus();
            robot[0].mouseMove(stage.getX() + 800, stage.getY() + 60);  // the week's title: the window takes keys
            robot[0].mouseClick(javafx.scene.input.MouseButton.PRIMARY);
        });
        Thread.sleep(500);
        List<Double> total = new ArrayList<>();
        List<Double> toListed = new ArrayList<>();
        List<Double> shownAtOnce = new ArrayList<>();
        int stale = 0;
        var portfolio = ((AppContext) parts[1]).portfolio();
        ListView<?> list = (ListView<?>) scene.lookup("#weekList"); // kept by the window while its details show
        for (int run = -3; run < runs; run++) {  // three unmeasured first
            // A manager's round: a relationship chosen (its details replace This week), renamed (a save that changes
            // the agenda: its items carry the name), a pause, then Ctrl+0 brings This week back.
            int round = run;
            onFx(() -> {
                var item = portfolio.shown().get(Math.floorMod(round * 7919, portfolio.shown().size()));
                portfolio.selectedProperty().set(item);
                item.nameProperty().set(item.nameProperty().get().replaceFirst(" \\(\\d+\\)$", "") + " (" + (round + 4)
                        + ")");
            });
            Thread.sleep(2500);  // the auto-save, then the pause after it (WeekViewModel.AFTER_SAVES) and the read
            WeekSample s = new WeekSample();
            asking = s;
            int[] shownRows = new int[1];
            int[] changesAfter = new int[1];
            long[] firstShown = new long[1];
            javafx.beans.InvalidationListener counting = change -> {
                if (firstShown[0] != 0) {
                    changesAfter[0]++; // the agenda read after Ctrl+0 differed from the one first shown
                }
            };
            onFx(() -> list.getItems().addListener(counting));
            Runnable shownCheck = () -> {
                if (s.event != 0 && firstShown[0] == 0 && list.getScene() != null && hasFilledCell(list)) {
                    firstShown[0] = System.nanoTime();
                    shownRows[0] = list.getItems().size();
                }
            };
            onFx(() -> scene.addPostLayoutPulseListener(shownCheck));
            Platform.runLater(() -> {
                robot[0].keyPress(KeyCode.CONTROL);
                robot[0].keyPress(KeyCode.DIGIT0);
                robot[0].keyRelease(KeyCode.DIGIT0);
                robot[0].keyRelease(KeyCode.CONTROL);
            });
            if (!s.done.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Ctrl+0 did not list the week again");
            }
            Thread.sleep(300);
            onFx(() -> {
                scene.removePostLayoutPulseListener(shownCheck);
                list.getItems().removeListener(counting);
            });
            asking = null;
            if (run >= 0) {
                total.add((s.laidOut - s.event) / 1e6);
                toListed.add((s.listed - s.event) / 1e6);
                shownAtOnce.add((firstShown[0] - s.event) / 1e6);
                stale += changesAfter[0] > 0 ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "shown-then-changed %d of %d%n", stale, total.size());
        line("ctrl0-to-week-on-screen", shownAtOnce.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        System.out.printf(Locale.ROOT, "week rows %d runs %d%n", rows[0], total.size());
        line("ctrl0-to-layout", total.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        line("ctrl0-to-listed", toListed.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        Platform.exit();
        System.exit(0);
    }

    private static void typeWord(Robot robot, String word, List<Sample> samples) throws Exception {
        for (char c : word.toCharArray()) {
            key(robot, c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(c).toUpperCase(Locale.ROOT)),
                    samples);
        }
        for (int i = 0; i < word.length(); i++) {
            key(robot, KeyCode.BACK_SPACE, samples);
        }
    }

    private static void key(Robot robot, KeyCode code, List<Sample> samples) throws Exception {
        Sample s = new Sample(code);
        pending = s;
        Platform.runLater(() -> {
            s.sent = System.nanoTime();
            robot.keyPress(code);
            robot.keyRelease(code);
        });
        if (!s.done.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("key " + code + " changed nothing: is the search field focused?");
        }
        pending = null;
        samples.add(s);
        Thread.sleep(60);  // a brisk typist: about 15 keys a second
    }

    private static void report(List<Sample> samples) {
        double[] total = samples.stream().mapToDouble(s -> (s.laidOut - s.event) / 1e6).sorted().toArray();
        double[] work = samples.stream().mapToDouble(s -> (s.filtered - s.event + s.laidOut - s.pulse) / 1e6)
                .sorted().toArray();
        double[] filter = samples.stream().mapToDouble(s -> (s.filtered - s.event) / 1e6).sorted().toArray();
        double[] layout = samples.stream().mapToDouble(s -> (s.laidOut - s.pulse) / 1e6).sorted().toArray();
        long late = samples.stream().filter(s -> (s.laidOut - s.event) / 1e6 > 1000.0 / 60).count();
        System.out.printf(Locale.ROOT, "keys %d over-one-frame %d%n", samples.size(), late);
        line("key-to-layout", total);
        line("work", work);
        line("filter", filter);
        line("layout", layout);
    }

    private static void line(String name, double[] sorted) {
        System.out.printf(Locale.ROOT, "%s p50 %.1f p90 %.1f p95 %.1f p99 %.1f max %.1f%n", name, pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static boolean hasFilledCell(ListView<?> list) {
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.getItem() != null && cell.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
