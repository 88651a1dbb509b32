package org.bridgework.logging;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets up the app's log, once at start: the records of the app's loggers ({@code org.bridgework.*}) go to
 * rotating files in {@code logs} under the data folder and, warnings and errors, to a short list in memory;
 * failures nobody caught, on any thread, are logged too. Libraries keep their own logging (their messages are
 * not ours to vouch for). Window and command line alike: a failed scripted print leaves its cause here.
 */
public final class AppLog {
    /** The folder under the data folder that holds the log files. */
    public static final String FOLDER_NAME = "logs";
    /** How many warnings and errors the diagnostic report lists. */
    public static final int RECENT_PROBLEMS = 20;
    private static final String APP_LOGGERS = "org.bridgework";
    /** Held here: java.util.logging keeps loggers only weakly, and would forget this one's settings. */
    private static final Logger APP = Logger.getLogger(APP_LOGGERS);

    private static Path folder;
    private static OnDemandFileHandler file;
    private static RecentProblems recent;
    private static Thread.UncaughtExceptionHandler uncaughtBefore;

    private AppLog() {
    }

    /**
     * Starts logging into {@code dataFolder}/logs. Cheap: the file opens only when the first record comes.
     * Called again (tests), it first stops the previous setup.
     *
     * @param session the app's name and version, written at the head of each session in the file
     */
    public static synchronized void start(Path dataFolder, String session) {
        stop();
        folder = dataFolder.resolve(FOLDER_NAME);
        file = new OnDemandFileHandler(folder, new SafeFormatter(session + ", process " + ProcessHandle.current().pid()));
        recent = new RecentProblems(RECENT_PROBLEMS);
        APP.setLevel(Level.INFO);
        APP.setUseParentHandlers(false);
        APP.addHandler(file);
        APP.addHandler(recent);
        uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(new Uncaught(uncaughtBefore));
    }

    /** Closes the file and puts logging back as it was before {@link #start}. */
    public static synchronized void stop() {
        if (file == null) {
            return;
        }
        APP.removeHandler(file);
        APP.removeHandler(recent);
        file.close();
        APP.setUseParentHandlers(true);
        APP.setLevel(null);
        Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
        file = null;
        recent = null;
        folder = null;
    }

    /** The folder of the log files; empty when logging was not started (tests that build the window directly). */
    public static synchronized Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * The log folder, created now if no record has been written yet (for Help → Open log folder); empty when
     * logging was not started.
     */
    public static Optional<Path> preparedFolder() throws java.io.IOException {
        Optional<Path> logs = folder();
        if (logs.isPresent()) {
            OnDemandFileHandler.prepare(logs.get());
        }
        return logs;
    }

    /** The last warnings and errors of this session, oldest first, without user text. */
    public static synchronized List<String> recentProblems() {
        return recent == null ? List.of() : recent.lines();
    }

    /** Writes what is buffered; the file handler flushes each record anyway. */
    public static synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }

    /**
     * A failure no code caught, on the JavaFX thread or any other: logged, then handed on as before (by default
     * printed as the JDK prints it, so a developer at a terminal still sees it). A class, not a lambda: the first
     * capturing lambda of a run costs start-up time.
     */
    private record Uncaught(Thread.UncaughtExceptionHandler before) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            APP.log(Level.SEVERE, "Uncaught failure on thread " + thread.getName(), error);
            if (before != null) {
                before.uncaughtException(thread, error);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                error.printStackTrace();
            }
        }
    }
}
