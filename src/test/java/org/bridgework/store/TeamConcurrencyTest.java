package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.Sharing;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.bridgework.testing.TestSeed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many people at once on one real server, each a thread with a login and a connection of its own, over the
 * loopback: half their saves go to one relationship they all edit (the same four texts, so saves meet often),
 * half to a private relationship of their own, and between saves each checks that it sees nothing of the
 * others' private ones. Afterwards, read as the server's superuser: every save that was acknowledged is in the
 * history as a change from exactly the text that save was based on (so no one's text was written over unseen),
 * every refused text is kept, and nothing else was written. Bounded in count and in time.
 */
class TeamConcurrencyTest {
    private static final List<String> TEXTS = List.of("their_account", "our_account", "root_cause", "wider_problem_note");

    /** One acknowledged save: this text replaced {@code base} in {@code column} of {@code relationship}. */
    private record Saved(long relationship, String column, String base, String text) {
    }

    /** What one client did. */
    private record Client(List<Saved> saved, List<Long> latenciesNanos, int conflicts) {
    }

    @ParameterizedTest(name = "{0} clients, {1} saves each")
    @CsvSource({"2, 40", "20, 15"})
    void noSaveIsLostNoConflictIsSilentNoPrivateRowIsRead(int clients, int savesEach) throws Exception {
        TeamAddress workbook = PostgresServer.shared().freshWorkbookAddress();
        String owner = TeamLogins.create("owner");
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            logins.add(TeamLogins.create("client"));
        }
        long shared;
        try (TeamWorkbook asOwner = TeamWorkbook.create(TeamLogins.as(workbook, owner), null, FixedClock.now())) {
            TeamLogins.grantTableAccess(workbook, logins.toArray(String[]::new));
            shared = withRepair(asOwner, "Shared by all");
            asOwner.collaboration().orElseThrow().permissions().share(shared,
                    Sharing.privateTo(owner).withEditors(logins));
        }
        List<Long> privates = Collections.synchronizedList(new ArrayList<>());
        for (String login : logins) {
            try (TeamWorkbook asClient = TeamWorkbook.open(TeamLogins.as(workbook, login), null, FixedClock.now())) {
                privates.add(withRepair(asClient, "Private to " + login));
            }
        }
        long seed = TestSeed.seed();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Client>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            running.add(pool.submit(() -> work(TeamLogins.as(workbook, logins.get(index)), index, shared,
                    privates, savesEach, new Random(seed + index), start)));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Client> done = new ArrayList<>();
        try {
            for (Future<Client> client : running) {
                done.add(client.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        List<Saved> saved = done.stream().flatMap(c -> c.saved().stream()).toList();
        int conflicts = done.stream().mapToInt(Client::conflicts).sum();
        assertEquals(clients * savesEach, saved.size(), "every save was acknowledged in the end");
        try (Connection superuser = PostgresServer.shared().connect(); Statement statement = superuser.createStatement()) {
            statement.execute("SET search_path TO " + workbook.schema());
            for (Saved one : saved) {
                try (ResultSet rows = statement.executeQuery("SELECT old_text FROM text_history WHERE relationship_id = "
                        + one.relationship() + " AND column_name = '" + one.column() + "' AND new_text = '"
                        + one.text() + "'")) {
                    assertTrue(rows.next(), one + " is in the history");
                    assertEquals(one.base(), rows.getString(1), one + " replaced the text it was based on");
                    assertTrue(!rows.next(), one + " was written once");
                }
            }
            assertEquals(saved.size(), count(statement, "SELECT count(*) FROM text_history WHERE table_name ="
                    + " 'understanding' AND change = 'changed'"), "nothing else was written");
            assertEquals(conflicts, count(statement, "SELECT count(*) FROM text_conflict"), "every refused text is kept");
        }
        List<Long> latencies = done.stream().flatMap(c -> c.latenciesNanos().stream()).sorted().toList();
        report(clients, saved.size(), conflicts, seconds, latencies);
    }

    private static Client work(TeamAddress address, int index, long shared, List<Long> privates, int saves,
                               Random random, CountDownLatch start) throws Exception {
        long mine = privates.get(index);
        List<Long> others = privates.stream().filter(id -> id != mine).toList();
        List<Saved> saved = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        int conflicts = 0;
        try (TeamWorkbook store = TeamWorkbook.open(address, null, FixedClock.now())) {
            TeamTexts texts = store.collaboration().orElseThrow().texts();
            start.await();
            for (int n = 0; n < saves; n++) {
                long relationship = random.nextBoolean() ? shared : mine;
                String column = TEXTS.get(random.nextInt(TEXTS.size()));
                String text = "client " + index + ", save " + n;
                VersionedTexts base = texts.read(relationship, "understanding", "");
                long began = System.nanoTime();
                while (true) {
                    try {
                        texts.save(relationship, "understanding", "", base, Map.of(column, text));
                        break;
                    } catch (TextConflictException met) {
                        conflicts++;
                        assertEquals(text, met.conflicts().get(0).mine());
                        base = met.current(); // seen the other text; this client keeps its own
                    }
                }
                latencies.add(System.nanoTime() - began);
                saved.add(new Saved(relationship, column, base.texts().get(column), text));
                long other = others.get(random.nextInt(others.size()));
                assertThrows(StoreException.class, () -> texts.read(other, "understanding", ""));
                assertTrue(store.collaboration().orElseThrow().history().of(other).isEmpty());
            }
            assertTrue(store.relationships().findAll().stream().map(Relationship::name)
                    .noneMatch(name -> name.startsWith("Private") && !name.endsWith(address.user())));
        }
        return new Client(saved, latencies, conflicts);
    }

    private static long withRepair(TeamWorkbook store, String name) {
        long id = store.relationships().create(Relationship.draft(name, FixedClock.NOW)).id();
        store.repairCases().save(RepairCase.start(id));
        return id;
    }

    private static int count(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The figures of the run, printed and kept in target/ for docs/benchmarks.md. */
    private static void report(int clients, int saves, int conflicts, double seconds, List<Long> latencies)
            throws IOException {
        String line = String.format(java.util.Locale.ROOT, "%d clients: %d saves in %.2f s (%.0f saves/s),"
                        + " %d conflicts met; save latency p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", clients, saves,
                seconds, saves / seconds, conflicts, percentile(latencies, 50), percentile(latencies, 95),
                latencies.get(latencies.size() - 1) / 1e6);
        System.out.print(line);
        Files.writeString(Path.of("target", "team-concurrency-report.txt"), line, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }
}
