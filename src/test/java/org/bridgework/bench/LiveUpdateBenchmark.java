package org.bridgework.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.RepairSamples;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.store.WorkbookChange;
import org.bridgework.testing.PostgresServer;

/**
 * How soon one Bridgework hears of another's save on a team workbook: a real PostgreSQL server of its own
 * (durable settings, loopback TCP), one writer saving a repair's text, one change feed listening. Each figure runs
 * from the moment the writer's save returned (committed) to the moment the feed passed the change on, so it is
 * the delay the window adds on top of the save itself. Not a test: {@code bench/live-benchmark [SAVES]}.
 */
public final class LiveUpdateBenchmark {
    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
        LinkedBlockingQueue<Long> heardAt = new LinkedBlockingQueue<>();
        try (PostgresServer server = PostgresServer.startDurable();
             TeamWorkbook writer = TeamWorkbook.create(server.freshWorkbookAddress(), null, clock);
             TeamWorkbook reader = TeamWorkbook.open(writer.address(), null, clock)) {
            long id = writer.relationships().create(Relationship.draft("Acme", clock.instant())).id();
            RepairCase repair = RepairSamples.realistic(id);
            writer.repairCases().save(repair);
            reader.watch((WorkbookChange change) -> heardAt.add(System.nanoTime()));
            heardAt.poll(30, TimeUnit.SECONDS); // the first word: listening has started
            double[] delays = new double[saves];
            for (int i = 0; i < saves; i++) {
                writer.repairCases().save(repair.withOwnership(new org.bridgework.model.repair.Ownership("Draft " + i,
                        repair.ownership().whatWeWillChange(), repair.ownership().spokesperson())));
                long committed = System.nanoTime();
                Long heard = heardAt.poll(30, TimeUnit.SECONDS);
                if (heard == null) {
                    throw new IllegalStateException("save " + i + " was not heard within 30 s");
                }
                delays[i] = Math.max(0, heard - committed) / 1e6;
            }
            Arrays.sort(delays);
            System.out.printf("live updates: %d saves heard; after the commit: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    saves, delays[saves / 2], delays[(int) Math.ceil(saves * 0.95) - 1], delays[saves - 1]);
        }
    }
}
