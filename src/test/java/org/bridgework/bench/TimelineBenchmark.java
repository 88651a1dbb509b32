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
 * the relationship to the first frame painted with its list (and, inside that, to its repair read from the workbook
 * and to its rows handed to the list), then the frame times while scrolling through it.
 * Not a test: run it under a display, e.g.
 * {@code xvfb-run -a mvn -q test-compile exec:java -Dexec.mainClass=org.bridgework.bench.TimelineBenchmark}.
 */
public final class TimelineBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int[] SIZES = {1_000, 10_000, 20_000};
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 9;

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
            });
            // Every size is opened a few times first, so the JIT has compiled the same code for all of them.
            for (int warm = 0; warm < WARM_UP; warm++) {
                for (RelationshipItem item : items) {
                    open(wizard, timeline, item);
                }
            }
            System.out.println("items   open median (ms)  repair read (ms)  rows ready (ms)  open runs (ms)"
                    + "                                  scroll frames  p50 (ms)  p95 (ms)  max (ms)");
            for (int i = 0; i < SIZES.length; i++) {
                Open[] opens = new Open[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    opens[round] = open(wizard, timeline, items.get(i));
                }
                double[] frames = scrollFrames(list[0]);
                System.out.printf("%6d  %10d        %10d        %10d       %-45s  %6d        %6.1f    %6.1f    %6.1f%n",
                        SIZES[i], median(opens, Open::painted), median(opens, Open::loaded), median(opens, Open::rows),
                        Arrays.toString(Arrays.stream(opens).mapToLong(Open::painted).toArray()), frames.length,
                        percentile(frames, 50), percentile(frames, 95), percentile(frames, 100));
            }
            store.shutdown();
            compute.shutdown();
        }
        Platform.exit();
    }

    /** Milliseconds from asking for a relationship to: its repair read, its rows in the list, the first frame painted with them. */
    private record Open(long loaded, long rows, long painted) {
    }

    private static long median(Open[] opens, java.util.function.ToLongFunction<Open> part) {
        long[] values = Arrays.stream(opens).mapToLong(part).sorted().toArray();
        return values[values.length / 2];
    }

    /** Shows nothing, then {@code item}, and times it up to the first pulse after the list holds its rows. */
    private static Open open(WizardViewModel wizard, TimelineViewModel timeline, RelationshipItem item) throws Exception {
        run(() -> wizard.show(null));
        Thread.sleep(200);
        CountDownLatch painted = new CountDownLatch(1);
        long[] at = new long[3];
        javafx.beans.value.ChangeListener<RepairCase> loaded = (o, old, repair) -> {
            if (repair != null && at[0] == 0) {
                at[0] = System.nanoTime();
            }
        };
        javafx.collections.ListChangeListener<TimelineRow> filled = change -> {
            if (!timeline.rows().isEmpty() && at[0] != 0 && at[1] == 0) {
                at[1] = System.nanoTime();
            }
        };
        long start = System.nanoTime();
        run(() -> {
            wizard.repairProperty().addListener(loaded);
            timeline.rows().addListener(filled);
            AnimationTimer watcher = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (at[1] != 0) {
                        at[2] = System.nanoTime();
                        stop();
                        painted.countDown();
                    }
                }
            };
            watcher.start();
            wizard.show(item);
        });
        if (!painted.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never painted");
        }
        run(() -> {
            wizard.repairProperty().removeListener(loaded);
            timeline.rows().removeListener(filled);
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
