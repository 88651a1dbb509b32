package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bridgework.example.ExampleCase;
import org.bridgework.example.SurchargeCase;
import org.bridgework.example.WorkshopCase;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.search.SearchWords;
import org.bridgework.store.Workbook;

/**
 * Times the portfolio's search through the worksheets of 10,000 full relationships: each a copy of one of the
 * three worked examples (every step filled in: incidents, conversations, commitments, check-ins, the apology,
 * notes), and into each of its list entries and notes a sentence of 4 to 8 words of its own drawn from a
 * vocabulary of 20,000 made-up words (some common, most rare, as words are), so each relationship's texts differ.
 * Then 400 searches as a manager types them, timed from asking to the hits with their excerpts ready (the store
 * thread's work, {@code WorksheetSearch.find}): a rare word, a word's first four letters, a word of the examples
 * (found in thousands of relationships), and two words. Wall time, and the process's CPU time per search on
 * average, which the machine's other load inflates less. Usage: SearchBenchmark [RELATIONSHIPS] [FILE] (an existing FILE is searched as it is).
 */
public final class SearchBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "pe", "du", "ga", "fi",
        "zo", "be", "hu", "ja", "wy", "xe", "qu", "ro"};
    private static final List<String> EXAMPLE_WORDS = List.of("cartons", "planner", "invoice", "workshop", "surcharge",
            "trailers", "delivery", "stores", "credit", "apology", "garden", "fleet", "brakes", "launch", "capacity");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("search-bench").resolve("search.db");
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<String> vocabulary = vocabulary(new Random(7));
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            fill(file, clock, count, vocabulary);
            System.out.printf("wrote %s: %,d relationships in %.0f s, %,d bytes%n", file, count,
                    (System.nanoTime() - start) / 1e9, Files.size(file));
        }
        try (Workbook workbook = Workbook.open(file, clock)) {
            Map<String, List<String>> queries = queries(new Random(11), vocabulary);
            for (List<String> some : queries.values()) {
                for (String typed : some.subList(0, 10)) {
                    workbook.worksheetSearch().find(SearchWords.of(typed)); // warm-up
                }
            }
            List<Double> allWall = new ArrayList<>();
            List<Double> allThreadCpu = new ArrayList<>(); // this thread's CPU, SQLite's native work included
            long allCpu = 0;
            for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                double[] wall = new double[kind.getValue().size()];
                long found = 0;
                long cpuStart = cpuNanos();
                for (int i = 0; i < wall.length; i++) {
                    long threadStart = threadCpuNanos();
                    long start = System.nanoTime();
                    found += workbook.worksheetSearch().find(SearchWords.of(kind.getValue().get(i))).size();
                    wall[i] = (System.nanoTime() - start) / 1e6;
                    allWall.add(wall[i]);
                    allThreadCpu.add((threadCpuNanos() - threadStart) / 1e6);
                }
                long cpu = cpuNanos() - cpuStart;
                allCpu += cpu;
                System.out.printf("%-28s %3d searches, %,7.0f relationships found on average: wall median %6.1f ms,"
                        + " p95 %6.1f ms; CPU %6.1f ms a search on average%n", kind.getKey(), wall.length,
                        found / (double) wall.length, median(wall), p95(wall), cpu / 1e6 / wall.length);
            }
            double[] wall = allWall.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("all %d searches: wall median %.1f ms, p95 %.1f ms, max %.1f ms; CPU %.1f ms a search on"
                    + " average%n", wall.length, median(wall), p95(wall), max(wall), allCpu / 1e6 / wall.length);
            double[] threadCpu = allThreadCpu.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("the searching thread's own CPU a search: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    median(threadCpu), p95(threadCpu), max(threadCpu));
            scrolled(workbook, queries.get("a word of the examples"));
        }
    }

    /**
     * The portfolio scrolled past the rows given excerpts with the search: the excerpts of 12 rows without one (a
     * screen of them), fetched in one call as the list asks for them.
     */
    private static void scrolled(Workbook workbook, List<String> typed) {
        double[] wall = new double[typed.size()];
        long cpu = 0;
        for (int i = 0; i < wall.length; i++) {
            SearchWords words = SearchWords.of(typed.get(i));
            java.util.Set<Long> screen = workbook.worksheetSearch().find(words).values().stream()
                    .filter(hit -> hit.excerpt().parts().isEmpty()).limit(12)
                    .map(hit -> hit.relationshipId()).collect(java.util.stream.Collectors.toSet());
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            workbook.worksheetSearch().excerpts(words, screen);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu += cpuNanos() - cpuStart;
        }
        System.out.printf("excerpts of 12 rows scrolled into view, %d times: wall median %.1f ms, p95 %.1f ms;"
                + " CPU %.1f ms a fetch on average%n", wall.length, median(wall), p95(wall), cpu / 1e6 / wall.length);
    }

    private static void fill(Path file, Clock clock, int count, List<String> vocabulary) throws Exception {
        List<ExampleCase.Content> examples = List.of(ExampleCase.build(TODAY), SurchargeCase.build(TODAY),
                WorkshopCase.build(TODAY));
        try (Workbook workbook = Workbook.open(file, clock)) {
            for (int from = 0; from < count; from += 1000) {
                List<WholeRelationship> some = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + 1000); i++) {
                    ExampleCase.Content example = examples.get(i % examples.size());
                    some.add(new WholeRelationship(example.relationship().withName("Relationship " + (i + 1)),
                            example.repairCase(), List.of()));
                }
                workbook.importRelationships(some, (name, n) -> name + " " + n);
            }
        }
        Random random = new Random(13);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            plain.setAutoCommit(false);
            String[][] lists = {{"incident", "description"}, {"conversation", "agreed_next_steps"},
                {"commitment", "evidence"}, {"trust_check_in", "note"}, {"fact", "statement"}, {"key_message", "message"}};
            for (String[] list : lists) {
                List<long[]> rows = new ArrayList<>();
                try (Statement select = plain.createStatement();
                     ResultSet keys = select.executeQuery("SELECT relationship_id, position FROM " + list[0])) {
                    while (keys.next()) {
                        rows.add(new long[] {keys.getLong(1), keys.getLong(2)});
                    }
                }
                try (PreparedStatement update = plain.prepareStatement("UPDATE " + list[0] + " SET " + list[1] + " = "
                        + list[1] + " || ' ' || ? WHERE relationship_id = ? AND position = ?")) {
                    for (long[] row : rows) {
                        update.setString(1, sentence(random, vocabulary));
                        update.setLong(2, row[0]);
                        update.setLong(3, row[1]);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
            try (PreparedStatement update = plain.prepareStatement("UPDATE relationship SET notes = notes || ' ' || ?"
                    + " WHERE id = ?")) {
                for (int id = 1; id <= count; id++) {
                    update.setString(1, sentence(random, vocabulary));
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            plain.commit();
            try (Statement analyse = plain.createStatement()) {
                analyse.execute("ANALYZE");
            }
        }
    }

    /** 20,000 made-up words of two to four syllables. */
    private static List<String> vocabulary(Random random) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < 20_000) {
            StringBuilder word = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /** A word as often as words come in text: the n-th most common about 1/n as often (Zipf). */
    private static String word(Random random, List<String> vocabulary) {
        double u = random.nextDouble();
        int index = (int) Math.floor(Math.pow(vocabulary.size() + 1.0, u)) - 1;
        return vocabulary.get(Math.min(vocabulary.size() - 1, Math.max(0, index)));
    }

    private static String sentence(Random random, List<String> vocabulary) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 4 + random.nextInt(5); w > 0; w--) {
            sentence.append(word(random, vocabulary)).append(w == 1 ? "." : " ");
        }
        return sentence.substring(0, 1).toUpperCase() + sentence.substring(1);
    }

    private static Map<String, List<String>> queries(Random random, List<String> vocabulary) {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        List<String> rare = new ArrayList<>();
        List<String> prefix = new ArrayList<>();
        List<String> example = new ArrayList<>();
        List<String> two = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String word = word(random, vocabulary);
            rare.add(word);
            prefix.add(word(random, vocabulary).substring(0, 4));
            example.add(EXAMPLE_WORDS.get(random.nextInt(EXAMPLE_WORDS.size())));
            two.add(EXAMPLE_WORDS.get(random.nextInt(EXAMPLE_WORDS.size())) + " " + word(random, vocabulary));
        }
        queries.put("a word (Zipf-distributed)", rare);
        queries.put("first four letters", prefix);
        queries.put("a word of the examples", example);
        queries.put("two words", two);
        return queries;
    }

    /** The CPU time this thread has used, from Linux's scheduler statistics (in nanoseconds, unlike /proc's ticks). */
    private static long threadCpuNanos() throws java.io.IOException {
        return Long.parseLong(Files.readString(Path.of("/proc/thread-self/schedstat")).split(" ")[0]);
    }

    /** The CPU time this process has used (all its threads; the benchmark's own is nearly all of it once warm). */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
