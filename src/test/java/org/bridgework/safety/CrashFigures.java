package org.bridgework.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bridgework.safety.CrashLog.Entry;
import org.bridgework.safety.CrashModel.InFlight;

/** What {@link CrashIT} measured, written to {@code target/crash-test-report.txt} for docs/data-safety.md. */
final class CrashFigures {
    /** One kill and what was found after it. */
    record Round(int number, boolean fresh, int killAfterMs, int reported, Optional<Entry> inFlight, InFlight outcome,
                 long fileBytes, long logBytes, int relationships) {
    }

    private final long seed;
    private final List<Round> rounds = new ArrayList<>();
    private int killedWhileCreating;

    CrashFigures(long seed) {
        this.seed = seed;
    }

    /** A round, and whether its kill came while the workbook file was being made. */
    void add(Round round, boolean whileCreating) {
        rounds.add(round);
        killedWhileCreating += whileCreating ? 1 : 0;
    }

    String report(double seconds, boolean toolChecked) {
        List<Round> same = rounds.stream().filter(r -> !r.fresh()).toList();
        List<Round> fresh = rounds.stream().filter(Round::fresh).toList();
        int[] reported = same.stream().mapToInt(Round::reported).sorted().toArray();
        int[] delays = same.stream().mapToInt(Round::killAfterMs).sorted().toArray();
        Map<InFlight, Integer> outcomes = new EnumMap<>(InFlight.class);
        same.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        out.append("Crash test (org.bridgework.safety.CrashIT)\n");
        out.append("seed: ").append(seed).append(" (").append(org.bridgework.testing.TestSeed.howToRepeat(seed)).append(")\n");
        out.append("rounds on one workbook: ").append(same.size())
                .append(", each a new writer JVM killed with SIGKILL (exit status 137 checked)\n");
        out.append("kill came after the first reported commit by (ms): min ").append(delays[0]).append(", median ")
                .append(median(delays)).append(", max ").append(delays[delays.length - 1]).append('\n');
        out.append("writes reported committed per round: min ").append(reported[0]).append(", median ")
                .append(median(reported)).append(", max ").append(reported[reported.length - 1]).append(", total ")
                .append(IntStream.of(reported).sum()).append('\n');
        out.append("the write under way at the kill: committed whole ").append(outcomes.getOrDefault(InFlight.COMMITTED, 0))
                .append(", left no trace ").append(outcomes.getOrDefault(InFlight.ROLLED_BACK, 0))
                .append(", none under way ").append(outcomes.getOrDefault(InFlight.NONE, 0)).append('\n');
        Round last = same.get(same.size() - 1);
        out.append("workbook at the end: ").append(last.fileBytes()).append(" bytes, ").append(last.relationships())
                .append(" relationships; largest write-ahead log found after a kill: ")
                .append(same.stream().mapToLong(Round::logBytes).max().orElse(0)).append(" bytes\n");
        out.append("fresh workbooks killed 0-1500 ms after the writer was launched: ").append(fresh.size())
                .append(" (").append(fresh.stream().filter(r -> r.reported() == 0).count())
                .append(" before their first commit, ").append(killedWhileCreating)
                .append(" while the new workbook was being made: each opened, or was made anew, without complaint)\n");
        out.append("after every kill: Workbook.open succeeds; PRAGMA quick_check = ok through sqlite-jdbc")
                .append(toolChecked ? " and the sqlite3 tool" : " (sqlite3 tool not installed)")
                .append("; PRAGMA foreign_key_check finds nothing; every reported write is there exactly,")
                .append(" and nothing else but the one write under way, whole or not at all\n");
        out.append(String.format(java.util.Locale.ROOT, "time of the whole test: %.1f s%n", seconds));
        out.append("\nround  kill-ms  reported  under-way                 outcome      file-bytes  log-bytes\n");
        for (Round r : rounds) {
            out.append(String.format(java.util.Locale.ROOT, "%-6s %7d %9d  %-24s  %-11s %11d %10d%n",
                    (r.fresh() ? "f" : "") + r.number(), r.killAfterMs(), r.reported(),
                    r.inFlight().map(e -> e.op().name()).orElse("-"), r.outcome(), r.fileBytes(), r.logBytes()));
        }
        return out.toString();
    }

    void write(Path file, String report) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    private static int median(int[] sorted) {
        return sorted[sorted.length / 2];
    }
}
