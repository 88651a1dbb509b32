package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaRules;
import org.bridgework.store.Workbook;

/**
 * Times This week's agenda of a workbook of 10,000 open repairs with 200,000 commitments (20 each, due from 200
 * days ago to 200 days ahead; those due ahead planned or in progress, those past done, missed or dropped except
 * one in twenty still open, so overdue), 3 conversations and 2 check-ins each: from asking, to the agenda read
 * from the workbook and assembled, as the store thread does it. 5 unmeasured runs, then 50. Usage: AgendaBenchmark
 * [RELATIONSHIPS] [EACH] [FILE].
 */
public final class AgendaBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private AgendaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int relationships = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int each = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        // A FILE that exists is read as it is, so a second run skips the writing.
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("agenda-bench").resolve("agenda.db");
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        if (!Files.exists(file)) {
            Workbook.open(file, clock).close();
            fill(file, relationships, each);
        }
        try (Workbook workbook = Workbook.open(file, clock)) {
            Agenda agenda = null;
            for (int i = 0; i < 5; i++) {
                agenda = read(workbook);
            }
            double[] ms = new double[50];
            long cpuStart = cpuNanos();
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                agenda = read(workbook);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            double cpuEach = (cpuNanos() - cpuStart) / 1e6 / ms.length;
            double[] query = new double[20];
            double[] assemble = new double[20];
            for (int i = 0; i < query.length; i++) {
                long start = System.nanoTime();
                var repairs = workbook.agenda().openRepairs(Agenda.lastDay(TODAY));
                var snoozes = workbook.snoozes().inForce(TODAY);
                long read = System.nanoTime();
                Agenda.of(repairs, TODAY, AgendaRules.DEFAULT, snoozes);
                query[i] = (read - start) / 1e6;
                assemble[i] = (System.nanoTime() - read) / 1e6;
            }
            Arrays.sort(query);
            Arrays.sort(assemble);
            System.out.printf("of which: read (AgendaQuery, snoozes) median %.1f ms; assemble (Agenda.of) median %.1f ms"
                    + " (20 runs)%n", query[query.length / 2], assemble[assemble.length / 2]);
            Arrays.sort(ms);
            System.out.printf("%,d open repairs, %,d commitments: %,d items (%d overdue), %d days listed%n",
                    agenda.openRepairs(), relationships * each, agenda.items().size(), agenda.overdue().size(),
                    agenda.days().size());
            System.out.printf("ask -> agenda ready: median %.1f ms, p95 %.1f ms, max %.1f ms (50 runs)%n",
                    ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
            System.out.printf("CPU time of the process: %.1f ms an agenda on average (the machine's other load"
                    + " inflates it less than the wall time)%n", cpuEach);
        }
    }

    /** The CPU time this process has used, all threads (nearly all of it the benchmark's own once warm). */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static Agenda read(Workbook workbook) {
        return Agenda.of(workbook.agenda().openRepairs(Agenda.lastDay(TODAY)), TODAY, AgendaRules.DEFAULT,
                workbook.snoozes().inForce(TODAY));
    }

    private static void fill(Path file, int relationships, int each) throws Exception {
        Random random = new Random(15);
        String created = Instant.parse("2026-06-01T08:00:00Z").toString();
        String[] past = {"done", "done", "done", "missed", "dropped"};
        String[] ahead = {"planned", "planned", "in_progress"};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement r = c.prepareStatement("INSERT INTO relationship (id, name, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?)");
                 PreparedStatement rc = c.prepareStatement("INSERT INTO repair_case (relationship_id) VALUES (?)");
                 PreparedStatement cm = c.prepareStatement("INSERT INTO commitment (relationship_id, position, what,"
                         + " due_on, status) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement cv = c.prepareStatement("INSERT INTO conversation (relationship_id, position,"
                         + " held_on) VALUES (?, ?, ?)");
                 PreparedStatement ti = c.prepareStatement("INSERT INTO trust_check_in VALUES (?, ?, ?, 3, 3, 3, 3, 3, 3, '', 0)")) {
                for (int id = 1; id <= relationships; id++) {
                    r.setInt(1, id);
                    r.setString(2, "Relationship " + id);
                    r.setString(3, created);
                    r.setString(4, created);
                    r.executeUpdate();
                    rc.setInt(1, id);
                    rc.executeUpdate();
                    for (int p = 0; p < each; p++) {
                        cm.setInt(1, id);
                        cm.setInt(2, p);
                        cm.setString(3, "Commitment " + p + " of relationship " + id);
                        LocalDate due = TODAY.plusDays(random.nextInt(401) - 200);
                        cm.setString(4, due.toString());
                        boolean open = !due.isBefore(TODAY) || random.nextInt(20) == 0;
                        cm.setString(5, open ? ahead[random.nextInt(ahead.length)] : past[random.nextInt(past.length)]);
                        cm.executeUpdate();
                    }
                    for (int p = 0; p < 3; p++) {
                        cv.setInt(1, id);
                        cv.setInt(2, p);
                        cv.setString(3, TODAY.minusDays(random.nextInt(60)).toString());
                        cv.executeUpdate();
                    }
                    for (int p = 0; p < 2; p++) {
                        ti.setInt(1, id);
                        ti.setInt(2, p);
                        ti.setString(3, TODAY.minusDays(random.nextInt(40)).toString());
                        ti.executeUpdate();
                    }
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }
}
