package org.bridgework.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;

/**
 * Another Bridgework process, for the tests that need two: it opens a workbook with the real
 * {@link Workbook#open} and does what its standard input says, reporting on its standard output.
 *
 * <ul>
 *   <li>{@code hold FILE MS}: opens FILE, prints "OPEN", then every MS milliseconds (0: never) adds a relationship
 *       "Commit N" and saves its repair, and prints "COMMITTED N" once both are committed. "pause" / "resume"
 *       stop and restart the writing ("PAUSED" once no write is under way); "stop" (or the end of the input)
 *       closes the workbook and prints "CLOSED".</li>
 *   <li>{@code lock FILE}: takes only the workbook's lock, as a Bridgework of an older format would hold it.</li>
 *   <li>{@code race PREFIX}: for "GO R NAME" tries to open {@code PREFIX-NAME.db} and prints "WON R" or
 *       "LOST R PROBLEM"; "RELEASE R" closes it again and prints "RELEASED R".</li>
 * </ul>
 */
public final class OtherProcessMain {
    private OtherProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        switch (args[0]) {
            case "hold" -> hold(Path.of(args[1]), Long.parseLong(args[2]), in);
            case "lock" -> lock(Path.of(args[1]), in);
            case "race" -> race(args[1], in);
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    private static void hold(Path file, long everyMs, BufferedReader in) throws Exception {
        Workbook workbook = Workbook.open(file, Clock.systemUTC());
        say("OPEN");
        AtomicBoolean paused = new AtomicBoolean();
        AtomicBoolean stopped = new AtomicBoolean();
        Object writing = new Object();
        Thread writer = new Thread(() -> {
            int n = 0;
            while (!stopped.get() && everyMs > 0) {
                synchronized (writing) {
                    if (!paused.get() && !stopped.get()) {
                        n++;
                        Relationship stored = workbook.relationships()
                                .create(Relationship.draft("Commit " + n, Instant.now()));
                        RepairCase repair = RepairSamples.realistic(stored.id());
                        workbook.repairCases().save(repair);
                        say("COMMITTED " + n);
                    }
                }
                sleep(everyMs);
            }
        }, "writer");
        writer.start();
        for (String line = in.readLine(); line != null && !line.equals("stop"); line = in.readLine()) {
            if (line.equals("pause")) {
                paused.set(true);
                synchronized (writing) {
                    say("PAUSED");
                }
            } else if (line.equals("resume")) {
                paused.set(false);
            }
        }
        stopped.set(true);
        writer.join();
        workbook.close();
        say("CLOSED");
    }

    private static void lock(Path file, BufferedReader in) throws Exception {
        WorkbookLock lock = WorkbookLock.acquire(file.toAbsolutePath(), Clock.systemUTC());
        say("OPEN");
        for (String line = in.readLine(); line != null && !line.equals("stop"); line = in.readLine()) {
            // Held until told to stop, or until the test's end of the pipe closes.
        }
        lock.release();
        say("CLOSED");
    }

    private static void race(String prefix, BufferedReader in) throws Exception {
        Workbook held = null;
        for (String line = in.readLine(); line != null && !line.equals("stop"); line = in.readLine()) {
            String[] words = line.split(" ");
            if (words[0].equals("GO")) {
                try {
                    held = Workbook.open(Path.of(prefix + "-" + words[2] + ".db"), Clock.systemUTC());
                    say("WON " + words[1]);
                } catch (WorkbookException e) {
                    say("LOST " + words[1] + " " + e.problem());
                }
            } else if (words[0].equals("RELEASE")) {
                if (held != null) {
                    held.close();
                    held = null;
                }
                say("RELEASED " + words[1]);
            }
        }
        if (held != null) {
            held.close();
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
