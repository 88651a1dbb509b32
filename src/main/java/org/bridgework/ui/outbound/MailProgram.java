package org.bridgework.ui.outbound;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Hands a message file to the user's mail program. Blocks for a moment: call off the JavaFX thread. */
@FunctionalInterface
public interface MailProgram {
    long WAIT_SECONDS = 5;

    /**
     * @return false when no mail program is set to open it (the caller then offers to save it)
     * @throws IOException when the system could not be asked
     */
    boolean open(Path eml) throws IOException;

    /**
     * The system's own way: on Linux the desktop's default for message/rfc822 (xdg-mime), opened with xdg-open;
     * {@code open} on macOS (Mail or the chosen program); on Windows the program .eml files open with. Not AWT's
     * Desktop, which would start a second toolkit next to JavaFX.
     */
    static MailProgram system() {
        return eml -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                run(List.of("explorer.exe", eml.toString()), false);
                return true;
            }
            if (os.startsWith("mac")) {
                run(List.of("open", eml.toString()), true);
                return true;
            }
            if (run(List.of("xdg-mime", "query", "default", "message/rfc822"), true).isBlank()) {
                return false;
            }
            run(List.of("xdg-open", eml.toString()), true);
            return true;
        };
    }

    /** Runs a command; returns what it printed. A non-zero exit counts as failure when {@code checked}. */
    private static String run(List<String> command, boolean checked) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            boolean ended = process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            // A mail program that is still starting keeps xdg-open waiting: that is success, not an answer.
            if (!ended) {
                return "";
            }
            String printed = new String(process.getInputStream().readAllBytes()).strip();
            if (checked && process.exitValue() != 0) {
                throw new IOException(command.get(0) + " ended with code " + process.exitValue() + ": " + printed);
            }
            return printed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
    }
}
