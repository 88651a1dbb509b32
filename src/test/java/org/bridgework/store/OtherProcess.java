package org.bridgework.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A second JVM running {@link OtherProcessMain}: the tests' other Bridgework process. */
public final class OtherProcess implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path scratch;
    private final Writer commands;
    private final List<String> lines = new ArrayList<>();

    private OtherProcess(Process process, Path scratch) {
        this.process = process;
        this.scratch = scratch;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "other-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code file} for editing in another process and returns once it holds it ("OPEN"). */
    public static OtherProcess holding(Path file, long writeEveryMs) {
        OtherProcess other = start("hold", file.toString(), Long.toString(writeEveryMs));
        other.awaitLine("OPEN"::equals);
        return other;
    }

    /** Takes only the lock of {@code file} in another process, and returns once it holds it. */
    public static OtherProcess lockingOnly(Path file) {
        OtherProcess other = start("lock", file.toString());
        other.awaitLine("OPEN"::equals);
        return other;
    }

    /** Starts {@link OtherProcessMain} with {@code args}, on this JVM's class path. */
    public static OtherProcess start(String... args) {
        try {
            // Its temporary files (SQLite's native library, unpacked) in a folder of its own, removed once it has
            // ended: a killed JVM cannot delete them itself.
            Path scratch = Files.createTempDirectory("bridgework-other-");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx96m", "-XX:TieredStopAtLevel=1", "-Dslf4j.internal.verbosity=ERROR",
                    "-Djava.io.tmpdir=" + scratch, "-Dorg.sqlite.tmpdir=" + scratch,
                    "-cp", System.getProperty("java.class.path"), OtherProcessMain.class.getName()));
            command.addAll(List.of(args));
            return new OtherProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start(),
                    scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Sends one line to its standard input. */
    public void send(String line) {
        try {
            commands.write(line + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line (old or new) that {@code wanted} accepts, and returns it. */
    public String awaitLine(Predicate<String> wanted) {
        long until = System.nanoTime() + WAIT.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (wanted.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = until - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && outputEnded)) {
                    throw new AssertionError("the other process never said what was awaited; it said " + lines);
                }
                try {
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Waits until it reports commit {@code n}. */
    public void awaitCommit(int n) {
        awaitLine(("COMMITTED " + n)::equals);
    }

    /** The highest commit it has reported so far; 0 if none. */
    public int lastCommit() {
        synchronized (lines) {
            return lines.stream().filter(line -> line.startsWith("COMMITTED ")).mapToInt(line ->
                    Integer.parseInt(line.substring("COMMITTED ".length()))).max().orElse(0);
        }
    }

    /** Everything it has said so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Ends it as a crash would (SIGKILL on Unix): no chance to close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the other process did not die");
        }
        awaitOutputEnd();
        removeScratch();
    }

    /** Asks it to close the workbook and end, and waits; kills it if it does not. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try {
                send("stop");
            } catch (UncheckedIOException e) {
                // It is ending already.
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        awaitOutputEnd();
        removeScratch();
    }

    /** Removes its temporary folder once it has ended (while it runs, its files are in use). */
    private void removeScratch() {
        if (process.isAlive()) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // Already gone.
        }
    }

    private volatile boolean outputEnded;

    private void awaitOutputEnd() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (lines) {
            while (!outputEnded && System.nanoTime() < until) {
                lines.wait(100);
            }
        }
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process is gone; what it said is kept.
        } finally {
            synchronized (lines) {
                outputEnded = true;
                lines.notifyAll();
            }
        }
    }
}
