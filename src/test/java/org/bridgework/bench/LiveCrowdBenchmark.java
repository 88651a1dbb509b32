package org.bridgework.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.RepairSamples;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.testing.PostgresServer;

/**
 * Many people saving at once while one more Bridgework listens: a real PostgreSQL server of its own (durable
 * settings, loopback TCP), CLIENTS threads each with a login of its own (not a superuser, so row security holds
 * them) saving a text of its own relationship SAVES times as fast as it can, and one change feed. Reports saves
 * per second, the save latency and, for every save, the delay from its save returning to the feed passing its
 * relationship on. Not a test: {@code bench/live-benchmark SAVES CLIENTS}.
 */
public final class LiveCrowdBenchmark {
    public static void main(String[] args) throws Exception {
        int saves = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
        Map<Long, List<Long>> heard = new ConcurrentHashMap<>();
        try (PostgresServer server = PostgresServer.startDurable()) {
            TeamAddress address = server.freshWorkbookAddress();
            TeamWorkbook.create(address, null, clock).close();
            List<TeamWorkbook> people = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String login = "crowd_" + i;
                server.execute("CREATE ROLE " + login + " LOGIN NOSUPERUSER NOBYPASSRLS;"
                        + " GRANT USAGE ON SCHEMA " + address.schema() + " TO " + login + ";"
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + address.schema() + " TO " + login
                        + "; GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + address.schema() + " TO " + login);
                people.add(TeamWorkbook.open(new TeamAddress(login, address.host(), address.port(), address.database(),
                        address.sslMode(), address.schema()), null, clock));
            }
            CountDownLatch listening = new CountDownLatch(1);
            try (TeamWorkbook listener = TeamWorkbook.open(address, null, clock)) {
                listener.watch(change -> {
                    long now = System.nanoTime();
                    listening.countDown();
                    change.relationships().forEach(id -> heard.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(now));
                });
                listening.await(30, TimeUnit.SECONDS); // the feed's first word: it has read everything and listens
                ExecutorService threads = Executors.newFixedThreadPool(clients);
                List<Future<double[][]>> results = new ArrayList<>();
                CountDownLatch go = new CountDownLatch(1);
                for (TeamWorkbook person : people) {
                    results.add(threads.submit(() -> saveMany(person, saves, clock, go)));
                }
                long start = System.nanoTime();
                go.countDown();
                List<double[][]> all = new ArrayList<>();
                for (Future<double[][]> result : results) {
                    all.add(result.get(10, TimeUnit.MINUTES));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                threads.shutdown();
                Thread.sleep(2000); // the last notifications (bounded: a save not heard by then counts as missed)
                report(all, heard, clients, saves, seconds);
            } finally {
                people.forEach(TeamWorkbook::close);
            }
        }
    }

    /** Returns, per save: {relationship id, start ns, returned ns}. */
    private static double[][] saveMany(TeamWorkbook person, int saves, Clock clock, CountDownLatch go) throws Exception {
        long id = person.relationships().create(Relationship.draft("Crowd " + Thread.currentThread().getId(),
                clock.instant())).id();
        RepairCase repair = RepairSamples.realistic(id);
        person.repairCases().save(repair);
        go.await();
        double[][] times = new double[saves][];
        for (int i = 0; i < saves; i++) {
            long started = System.nanoTime();
            person.repairCases().save(repair.withOwnership(new Ownership("Draft " + i,
                    repair.ownership().whatWeWillChange(), repair.ownership().spokesperson())));
            times[i] = new double[] {id, started, System.nanoTime()};
        }
        return times;
    }

    private static void report(List<double[][]> all, Map<Long, List<Long>> heard, int clients, int saves,
                               double seconds) {
        int total = clients * saves;
        double[] saveMs = new double[total];
        double[] heardMs = new double[total];
        int n = 0;
        int missed = 0;
        for (double[][] client : all) {
            for (double[] save : client) {
                long id = (long) save[0];
                long started = (long) save[1];
                long returned = (long) save[2];
                saveMs[n] = (returned - started) / 1e6;
                // The first notice of this relationship after the save began is this save's (or carries it too).
                long first = heard.getOrDefault(id, List.of()).stream().filter(t -> t >= started).min(Long::compare)
                        .orElse(-1L);
                if (first < 0) {
                    missed++;
                    heardMs[n] = Double.NaN;
                } else {
                    heardMs[n] = Math.max(0, first - returned) / 1e6;
                }
                n++;
            }
        }
        Arrays.sort(saveMs);
        double[] heardSorted = Arrays.stream(heardMs).filter(d -> !Double.isNaN(d)).sorted().toArray();
        System.out.printf("%d clients, %d saves in %.1f s: %.0f saves/s; save p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                clients, total, seconds, total / seconds, saveMs[total / 2], p95(saveMs), saveMs[total - 1]);
        System.out.printf("heard after the save returned: p50 %.1f ms, p95 %.1f ms, max %.1f ms; not heard: %d%n",
                heardSorted[heardSorted.length / 2], p95(heardSorted), heardSorted[heardSorted.length - 1], missed);
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
