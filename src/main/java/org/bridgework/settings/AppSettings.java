package org.bridgework.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Preferences that belong to the user, not to a workbook: the theme and the recently opened workbooks.
 * Stored as {@code settings.properties} in the data folder; a missing or garbled file means defaults.
 */
public final class AppSettings {
    /** How many recent workbooks the File menu lists. */
    public static final int MAX_RECENT = 8;
    private static final String FILE_NAME = "settings.properties";

    private final Path file;
    private String theme = "light";
    private final List<Path> recentWorkbooks = new ArrayList<>();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings in {@code dataFolder}, or defaults if there are none or they cannot be read. */
    public static AppSettings load(Path dataFolder) {
        AppSettings settings = new AppSettings(dataFolder.resolve(FILE_NAME));
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(settings.file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return settings;
        }
        settings.theme = properties.getProperty("theme", "light");
        for (int i = 0; i < MAX_RECENT; i++) {
            String recent = properties.getProperty("recent." + i);
            if (recent != null && !recent.isBlank()) {
                settings.recentWorkbooks.add(Path.of(recent));
            }
        }
        return settings;
    }

    public synchronized String theme() {
        return theme;
    }

    public synchronized void setTheme(String value) {
        theme = value;
    }

    /** The recent workbooks, newest first. */
    public synchronized List<Path> recentWorkbooks() {
        return List.copyOf(recentWorkbooks);
    }

    /** Puts {@code workbook} first in the recent list. */
    public synchronized void rememberWorkbook(Path workbook) {
        Path absolute = workbook.toAbsolutePath().normalize();
        recentWorkbooks.remove(absolute);
        recentWorkbooks.add(0, absolute);
        while (recentWorkbooks.size() > MAX_RECENT) {
            recentWorkbooks.remove(recentWorkbooks.size() - 1);
        }
    }

    /** Writes the settings: to a temporary file first, then moved over the old one in one step. */
    public synchronized void save() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("theme", theme);
        for (int i = 0; i < recentWorkbooks.size(); i++) {
            properties.setProperty("recent." + i, recentWorkbooks.get(i).toString());
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".settings-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Bridgework settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
