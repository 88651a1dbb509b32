package org.bridgework.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Bridgework keeps its files by default, following each operating system's convention. */
public final class WorkbookLocations {
    public static final String WORKBOOK_FILE_NAME = "workbook.db";

    private WorkbookLocations() {
    }

    /** The per-user data folder for this machine. */
    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The per-user data folder: Linux and other Unix {@code $XDG_DATA_HOME/bridgework} (default
     * {@code ~/.local/share/bridgework}); macOS {@code ~/Library/Application Support/Bridgework};
     * Windows {@code %APPDATA%\Bridgework}.
     */
    static Path dataFolder(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Bridgework");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Bridgework");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("bridgework");
    }

    /** The workbook opened when no other is named. */
    public static Path defaultWorkbook() {
        return dataFolder().resolve(WORKBOOK_FILE_NAME);
    }
}
