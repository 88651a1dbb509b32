package org.bridgework.desktop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A desktop notification through libnotify's {@code notify-send}, found on the {@code PATH}. Elsewhere (no
 * {@code notify-send}) it is not available and is skipped: Bridgework then gives only the notice in its window.
 */
public final class NotifySend implements DesktopNotifier {
    private static final System.Logger LOG = System.getLogger(NotifySend.class.getName());
    private final Optional<Path> program;

    /** Looks for {@code notify-send} in the folders of {@code path} (a {@code PATH} value; null for none). */
    public NotifySend(String path) {
        this.program = find(path);
    }

    /** {@code notify-send} of this process's {@code PATH}. */
    public static NotifySend onPath() {
        return new NotifySend(System.getenv("PATH"));
    }

    @Override
    public boolean available() {
        return program.isPresent();
    }

    /** Runs {@code notify-send} and waits up to 5 s for it: call off the JavaFX thread. */
    @Override
    public boolean notify(String title, String body) {
        if (program.isEmpty()) {
            return false;
        }
        List<String> command = List.of(program.get().toString(), "--app-name=Bridgework", "--", title, body);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "notify-send could not be run: " + e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<Path> find(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(folder, "notify-send");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // Not a folder name here: skipped, like a folder that does not exist.
            }
        }
        return Optional.empty();
    }
}
