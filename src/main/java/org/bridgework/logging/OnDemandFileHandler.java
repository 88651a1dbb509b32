package org.bridgework.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The rotating log files, opened when the first record arrives: a run that logs nothing ({@code --help}, a
 * command that works) creates no folder and no file. If the folder cannot be written, the app carries on without
 * a file (the last problems are still kept in memory).
 */
final class OnDemandFileHandler extends Handler {
    /** The file being written is {@code bridgework-0.log}; older ones are {@code -1} and {@code -2}. */
    static final String PATTERN = "bridgework-%g.log";
    static final int LIMIT_BYTES = 1024 * 1024;
    static final int FILE_COUNT = 3;

    private final Path folder;
    private final Formatter formatter;
    private FileHandler file;
    private boolean unavailable;

    OnDemandFileHandler(Path folder, Formatter formatter) {
        this.folder = folder;
        this.formatter = formatter;
        setLevel(Level.ALL);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record) || unavailable) {
            return;
        }
        if (file == null) {
            open();
        }
        if (file != null) {
            file.publish(record); // FileHandler flushes each record, so a crash right after loses nothing
        }
    }

    @Override
    public synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            file.close();
            file = null;
        }
        unavailable = true;
    }

    private void open() {
        try {
            prepare(folder);
            // FileHandler reads % in its pattern as a placeholder; a folder called "100%" must stay literal.
            String pattern = folder.toString().replace("%", "%%") + java.io.File.separator + PATTERN;
            FileHandler opened = new FileHandler(pattern, LIMIT_BYTES, FILE_COUNT, true);
            opened.setEncoding("UTF-8");
            opened.setFormatter(formatter);
            opened.setLevel(Level.ALL);
            file = opened;
        } catch (IOException | RuntimeException e) {
            unavailable = true;
            // No log to write this into: say it once where a developer or a terminal sees it.
            System.err.println("Bridgework cannot write its log in " + folder + ": " + e.getClass().getName());
        }
    }

    /** Creates {@code folder} if needed, readable by its owner only: no one else on the machine needs the log. */
    static void prepare(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the folder inherits the user's profile permissions.
        }
    }
}
