package org.bridgework.safety;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashWriter} in its own JVM, started from this JVM's class path, and killed with SIGKILL: no
 * shutdown hook, no finally block, no close runs in it. Its output is read as it comes, so what it printed
 * before the kill is all there afterwards.
 */
final class WriterProcess {
    /** The exit status of a process killed by signal 9 (128 + 9), as {@link Process#exitValue} reports it. */
    static final int KILLED_BY_SIGKILL = 137;
    private static final long START_TIMEOUT_MS = 60_000;

    private final Process process;
    private final Path errors;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread reader;

    private WriterProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::readAll, "crash-writer-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a writer on {@code workbook}; its native SQLite library is unpacked into {@code scratch}. */
    static WriterProcess start(Path workbook, int round, long seed, Path scratch) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = scratch.resolve("writer-" + round + ".err");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                // Quick to start: the writer's speed is the disk's, not the JIT's.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                // A killed JVM cannot delete the library it unpacked: keep those copies out of the system temp folder.
                "-Dorg.sqlite.tmpdir=" + scratch, "-Djava.io.tmpdir=" + scratch,
                CrashWriter.class.getName(), workbook.toString(), Integer.toString(round), Long.toString(seed));
        builder.redirectError(errors.toFile());
        return new WriterProcess(builder.start(), errors);
    }

    /** Waits until the writer has reported its first committed write; fails if it ends or takes a minute. */
    void awaitFirstCommit() throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!outputText().contains("\nDONE ") && !outputText().startsWith("DONE ")) {
            if (!process.isAlive()) {
                throw new AssertionError("the writer ended (status " + process.exitValue() + ") before writing:\n"
                        + outputText() + "\n" + Files.readString(errors));
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the writer wrote nothing within a minute:\n" + outputText());
            }
            Thread.sleep(5);
        }
    }

    /**
     * Kills the writer with SIGKILL and returns all it printed. Fails if it had already ended on its own (a
     * store call failed) or if it did not die of signal 9.
     */
    byte[] kill() throws InterruptedException, IOException {
        if (!process.isAlive()) {
            throw new AssertionError("the writer ended on its own (status " + process.exitValue() + "):\n"
                    + Files.readString(errors));
        }
        // SIGKILL on Linux and macOS; the exit status below proves it was that signal. Through the handle, not
        // Process.destroyForcibly(), which also closes our end of the pipe and so drops lines not yet read.
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the writer survived SIGKILL for 30 s");
        }
        reader.join(30_000);
        int status = process.exitValue();
        if (status != KILLED_BY_SIGKILL) {
            throw new AssertionError("the writer ended with status " + status + ", not by SIGKILL:\n"
                    + Files.readString(errors));
        }
        synchronized (output) {
            return output.toByteArray();
        }
    }

    /** Kills the writer whatever state it is in (for a test that failed half-way). */
    void destroy() {
        process.destroyForcibly();
    }

    private String outputText() {
        synchronized (output) {
            return output.toString(StandardCharsets.US_ASCII);
        }
    }

    private void readAll() {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (output) {
                    output.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The pipe closes when the process dies; everything read so far is kept.
        }
    }
}
