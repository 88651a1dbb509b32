package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.TimelineRow;
import org.bridgework.store.Workbook;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.bridgework.ui.timeline.TimelineController;
import org.bridgework.ui.timeline.TimelineViewModel;
import org.bridgework.ui.wizard.WizardViewModel;

/**
 * Opens timelines of 1,000, 10,000 and 20,000 items in a real window and reports the time from asking for
 * the relationship to the first pulse that lays out its list (the start of the timeline, read first), to its whole
 * repair read from the workbook, and to the first pulse that lays out the whole list; then the frame times while
 * scrolling through it.
 * Not a test: run it under a display, e.g.
 * {@code xvfb-run -a mvn -q test-compile exec:java -Dexec.mainClass=org.bridgework.bench.TimelineBenchmark}.
 */
public final class TimelineBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int[] SIZES = {1_000, 10_000, 20_000};
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 15;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("bridgework-bench-");
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Path file = folder.resolve("timeline.db");
        List<RelationshipItem> items = new ArrayList<>();
        try (Workbook workbook = Workbook.open(file, clock)) {
            for (int size : SIZES) {
                Relationship stored = workbook.relationships().create(Relationship.draft("Timeline of " + size, clock.instant()));
                workbook.repairCases().save(repairWith(stored.id(), size));
                items.add(new RelationshipItem(stored));
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (Workbook workbook = Workbook.open(file, clock)) {
            StoreThread store = new StoreThread();
            StoreThread compute = new StoreThread("bridgework-compute");
            WizardViewModel wizard = new WizardViewModel(store, null, java.time.Duration.ofMillis(300), clock);
            TimelineViewModel timeline = new TimelineViewModel(wizard, compute);
            timeline.activeProperty().set(true);
            ListView<?>[] list = new ListView<?>[1];
            Scene[] scenes = new Scene[1];
            run(() -> {
                Theme.LIGHT.apply();
                wizard.load(workbook);
                TimelineController controller = new TimelineController(timeline, null, step -> { }, step -> { });
                Stage stage = new Stage();
                Scene scene = new Scene(controller.view(), 1100, 760);
                scene.getStylesheets().add(Theme.appStylesheet());
                stage.setScene(scene);
                stage.show();
                list[0] = (ListView<?>) scene.lookup("#timelineList");
                scenes[0] = scene;
            });
            // Both ways, every size is opened and scrolled a few times first, so that the JIT has compiled the same
            // code for all of them and is done compiling (on two cores, it otherwise slows whatever is measured first).
            for (boolean openingFirst : new boolean[] {true, false, true, false}) {
                run(() -> {
                    wizard.readsOpeningProperty().unbind();
                    wizard.readsOpeningProperty().set(openingFirst);
                });
                for (RelationshipItem item : items) {
                    for (int warm = 0; warm < WARM_UP; warm++) {
                        open(wizard, timeline, scenes[0], item);
                    }
                    scrollFrames(list[0]);
                }
            }
            for (boolean openingFirst : new boolean[] {true, false}) {
                // The second pass shows what an open costs when the whole repair must be read before anything shows.
                run(() -> {
                    wizard.readsOpeningProperty().unbind();
                    wizard.readsOpeningProperty().set(openingFirst);
                });
                System.out.println(openingFirst ? "With the start of the timeline read first:"
                        : "Without (the whole repair read before the list shows):");
                System.out.println("items   first list (ms)  repair read (ms)  whole list (ms)  first list, each run (ms)"
                        + "                                         scroll frames  p50 (ms)  p95 (ms)  max (ms)");
                for (int i = 0; i < SIZES.length; i++) {
                    Open[] opens = new Open[ROUNDS];
                    for (int round = 0; round < ROUNDS; round++) {
                        opens[round] = open(wizard, timeline, scenes[0], items.get(i));
                    }
                    double[] frames = scrollFrames(list[0]);
                    System.out.printf("%6d  %10d        %10d        %10d       %-65s  %6d        %6.1f    %6.1f    %6.1f%n",
                            SIZES[i], median(opens, Open::first), median(opens, Open::read), median(opens, Open::whole),
                            Arrays.toString(Arrays.stream(opens).mapToLong(Open::first).toArray()), frames.length,
                            percentile(frames, 50), percentile(frames, 95), percentile(frames, 100));
                }
            }
            store.shutdown();
            compute.shutdown();
        }
        Platform.exit();
    }

    /**
     * Milliseconds from asking for a relationship to: the first pulse that laid out its list, its whole repair
     * read, the first pulse that laid out the whole list.
     */
    private record Open(long first, long read, long whole) {
    }

    private static long median(Open[] opens, java.util.function.ToLongFunction<Open> part) {
        long[] values = Arrays.stream(opens).mapToLong(part).sorted().toArray();
        return values[values.length / 2];
    }

    /**
     * Shows nothing, then {@code item}, and times it. A list is "laid out" at the end of the layout pass of the
     * pulse that follows the rows being handed to it: its cells exist and are ready to be drawn.
     */
    private static Open open(WizardViewModel wizard, TimelineViewModel timeline, Scene scene, RelationshipItem item)
            throws Exception {
        // Keeps pulses coming at the screen's rate, as they do while anything moves on screen, so that what is
        // timed is the work and the wait for the next frame, not how long an idle toolkit takes to wake up.
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        run(() -> {
            wizard.show(null);
            pulses.start();
        });
        Thread.sleep(200);
        CountDownLatch whole = new CountDownLatch(1);
        long[] at = new long[3];
        javafx.beans.value.ChangeListener<RepairCase> read = (o, old, repair) -> {
            if (repair != null && at[1] == 0) {
                at[1] = System.nanoTime();
            }
        };
        Runnable laidOut = () -> {
            if (!timeline.rows().isEmpty() && at[0] == 0) {
                at[0] = System.nanoTime();
            }
            if (!timeline.rows().isEmpty() && wizard.repairProperty().get() != null && timeline.completeProperty().get()
                    && at[2] == 0) {
                at[2] = System.nanoTime();
                whole.countDown();
            }
        };
        long start = System.nanoTime();
        run(() -> {
            wizard.repairProperty().addListener(read);
            scene.addPostLayoutPulseListener(laidOut);
            wizard.show(item);
        });
        if (!whole.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never laid out");
        }
        run(() -> {
            pulses.stop();
            wizard.repairProperty().removeListener(read);
            scene.removePostLayoutPulseListener(laidOut);
        });
        return new Open((at[0] - start) / 1_000_000, (at[1] - start) / 1_000_000, (at[2] - start) / 1_000_000);
    }

    /** Scrolls from top to bottom in steps of 40 rows, one step a frame, and records the frame times. */
    private static double[] scrollFrames(ListView<?> list) throws Exception {
        List<Double> times = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        run(() -> new AnimationTimer() {
            private long last;
            private int row;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    times.add((now - last) / 1e6);
                }
                last = now;
                row += 40;
                if (row >= list.getItems().size() || times.size() >= 400) {
                    stop();
                    done.countDown();
                } else {
                    list.scrollTo(row);
                }
            }
        }.start());
        done.await(120, TimeUnit.SECONDS);
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A repair with about {@code size} timeline items: commitments (half of them done) and conversations. */
    static RepairCase repairWith(long id, int size) {
        List<Commitment> commitments = new ArrayList<>();
        List<Conversation> talks = new ArrayList<>();
        int commitmentCount = size * 2 / 5;
        for (int i = 0; i < commitmentCount; i++) {
            LocalDate due = TODAY.minusDays(400).plusDays(i % 500);
            Commitment c = Commitment.planned("Commitment " + i + ": deliver the weekly report on time", "Owner " + (i % 7), due)
                    .withMeasureOfSuccess("Report received by Friday noon");
            commitments.add(i % 2 == 0 ? c.doneOn(due.minusDays(1)) : c.withStatus(CommitmentStatus.PLANNED));
        }
        int talkCount = size - commitmentCount - commitmentCount / 2;
        for (int i = 0; i < talkCount; i++) {
            Conversation c = Conversation.on(TODAY.minusDays(400).plusDays(i % 480), Channel.PHONE);
            talks.add(new Conversation(c.date(), c.channel(), List.of("Nadia Brook", "Tom Ellery"), "", "Weekly update " + i,
                    "", "Next call in a week", Optional.empty()));
        }
        return RepairCase.start(id).withActionPlan(new ActionPlan(commitments)).withDialogue(new Dialogue(talks));
    }

    private static void run(Runnable work) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }

    private TimelineBenchmark() {
    }
}
