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
 * Preferences that belong to the user, not to a workbook: the theme, the recently opened workbooks and
 * how many daily backups of each workbook to keep.
 * Stored as {@code settings.properties} in the data folder; a missing or garbled file means defaults.
 */
public final class AppSettings {
    /** How many recent workbooks the File menu lists. */
    public static final int MAX_RECENT = 8;
    /** The range File → Preferences offers for the daily backups kept of each workbook. */
    public static final int MIN_BACKUPS_TO_KEEP = 1;
    public static final int MAX_BACKUPS_TO_KEEP = 365;
    /** A week of daily backups. */
    public static final int DEFAULT_BACKUPS_TO_KEEP = 7;
    private static final String FILE_NAME = "settings.properties";
    private static final String BACKUPS_KEEP = "backups.keep";

    private final Path file;
    private String theme = "light";
    private final List<Path> recentWorkbooks = new ArrayList<>();
    private int backupsToKeep = DEFAULT_BACKUPS_TO_KEEP;

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
        settings.backupsToKeep = parseBackupsToKeep(properties.getProperty(BACKUPS_KEEP));
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

    /** How many daily backups of each workbook are kept. */
    public synchronized int backupsToKeep() {
        return backupsToKeep;
    }

    /** Sets how many daily backups to keep, held within {@link #MIN_BACKUPS_TO_KEEP}–{@link #MAX_BACKUPS_TO_KEEP}. */
    public synchronized void setBackupsToKeep(int value) {
        backupsToKeep = Math.max(MIN_BACKUPS_TO_KEEP, Math.min(MAX_BACKUPS_TO_KEEP, value));
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
        properties.setProperty(BACKUPS_KEEP, Integer.toString(backupsToKeep));
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

    /** A number out of range is held to the range; anything else, or nothing, means the default. */
    private static int parseBackupsToKeep(String value) {
        if (value == null) {
            return DEFAULT_BACKUPS_TO_KEEP;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return Math.max(MIN_BACKUPS_TO_KEEP, Math.min(MAX_BACKUPS_TO_KEEP, parsed));
        } catch (NumberFormatException e) {
            return DEFAULT_BACKUPS_TO_KEEP;
        }
    }
}
