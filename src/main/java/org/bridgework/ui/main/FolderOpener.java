package org.bridgework.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Shows a folder in the system's file manager. Blocks for a moment: call off the JavaFX thread. */
@FunctionalInterface
interface FolderOpener {
    /** How long to wait for the opener to report a failure; a file manager that is still starting is fine. */
    long WAIT_SECONDS = 3;

    /** @throws IOException if the system has no way to show it, or said it failed */
    void open(Path folder) throws IOException;

    /**
     * The system's own command: {@code explorer} on Windows, {@code open} on macOS, {@code xdg-open} elsewhere.
     * Not AWT's Desktop, which would start a second toolkit next to JavaFX.
     */
    static FolderOpener system() {
        return folder -> {
            String os = System.getProperty("os.name", "");
            Process process = new ProcessBuilder(command(os, folder))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                // explorer.exe answers 1 even when it opened the folder, so only the others' codes count.
                boolean ended = process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
                if (ended && process.exitValue() != 0 && !isWindows(os)) {
                    throw new IOException(command(os, folder).get(0) + " ended with code " + process.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (isWindows(os)) {
            return List.of("explorer.exe", folder.toString());
        }
        if (os.startsWith("mac")) {
            return List.of("open", folder.toString());
        }
        return List.of("xdg-open", folder.toString());
    }

    private static boolean isWindows(String os) {
        return os.toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
