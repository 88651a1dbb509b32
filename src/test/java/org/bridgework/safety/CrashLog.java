package org.bridgework.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.RepairStep;

/**
 * The crash writer's report, one line per event: {@code BEGIN} just before a store call, {@code DONE} once it
 * has returned (committed). A line is {@code KIND seq op entities ids revision step}, lists comma-separated,
 * {@code -} for "none". Only complete lines count: a kill can cut the last one short.
 */
final class CrashLog {
    /** The kinds of write the writer makes, each through the store's public API as the app does. */
    enum Op {
        /** {@code relationships().create}: one new relationship. */
        CREATE,
        /** {@code relationships().createAll}: several new relationships in one transaction. */
        CREATE_MANY,
        /** {@code relationships().update}: every editable field, name and archived flag included. */
        UPDATE,
        /** {@code repairCases().save}: the whole repair, every worksheet and list. */
        SAVE_REPAIR,
        /** {@code milestones().record}: a step's first day. */
        MILESTONE,
        /** {@code relationships().delete}: the relationship with its repair and milestones. */
        DELETE
    }

    /** One line of the report. */
    record Entry(boolean done, long seq, Op op, int[] entities, long[] ids, int revision, Optional<RepairStep> step) {
        String line() {
            return (done ? "DONE" : "BEGIN") + " " + seq + " " + op + " " + join(entities) + " " + join(ids) + " "
                    + revision + " " + step.map(Enum::name).orElse("-");
        }

        Entry committed(long[] storedIds) {
            return new Entry(true, seq, op, entities, storedIds, revision, step);
        }

        static Entry parse(String line) {
            String[] f = line.split(" ");
            if (f.length != 7 || !(f[0].equals("BEGIN") || f[0].equals("DONE"))) {
                throw new IllegalArgumentException("not a report line: " + line);
            }
            return new Entry(f[0].equals("DONE"), Long.parseLong(f[1]), Op.valueOf(f[2]),
                    Arrays.stream(split(f[3])).mapToInt(Integer::parseInt).toArray(),
                    Arrays.stream(split(f[4])).mapToLong(Long::parseLong).toArray(), Integer.parseInt(f[5]),
                    f[6].equals("-") ? Optional.empty() : Optional.of(RepairStep.valueOf(f[6])));
        }

        @Override
        public String toString() {
            return line();
        }
    }

    private CrashLog() {
    }

    /**
     * The report lines in what the writer printed, the last one dropped if the kill cut it short (it has no
     * line break). Lines of other kinds (the writer's READY) are left out.
     */
    static List<Entry> parse(byte[] output) {
        String text = new String(output, StandardCharsets.US_ASCII);
        int end = text.lastIndexOf('\n');
        List<Entry> entries = new ArrayList<>();
        if (end < 0) {
            return entries;
        }
        for (String line : text.substring(0, end).split("\n")) {
            if (line.startsWith("BEGIN ") || line.startsWith("DONE ")) {
                entries.add(Entry.parse(line));
            }
        }
        return entries;
    }

    private static String join(int[] values) {
        return values.length == 0 ? "-" : String.join(",", Arrays.stream(values).mapToObj(Integer::toString).toList());
    }

    private static String join(long[] values) {
        return values.length == 0 ? "-" : String.join(",", Arrays.stream(values).mapToObj(Long::toString).toList());
    }

    private static String[] split(String list) {
        return list.equals("-") ? new String[0] : list.split(",");
    }
}
