package org.bridgework.settings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Preferences that belong to the user, not to a workbook: the theme, the recently opened workbooks and
 * how many daily backups of each workbook to keep, the second (off-disk) backup folder and when a copy last went
 * there. Never the passphrase of the off-disk copies: that is in the system's secret store or in memory.
 * Stored as {@code settings.properties} in the data folder; no file means defaults. A file that cannot be used
 * ({@link Broken}) is moved aside as {@code settings.properties.broken} (replacing an older one: the newest is the
 * one worth looking at), so the next save does not destroy it; the window tells the user once.
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
    private static final String OFFSITE_FOLDER = "offsite.folder";
    private static final String OFFSITE_LAST_COPY = "offsite.lastCopy";
    private static final String RECENT_TEAM = "recentTeam.";
    /** Where an unusable settings file is kept, beside the new one. */
    public static final String BROKEN_FILE_NAME = FILE_NAME + ".broken";
    private static final System.Logger LOG = System.getLogger(AppSettings.class.getName());

    private final Path file;
    private String theme = "light";
    /** Issue 19: the text size of every window, in percent (one of {@link ZoomSteps#STEPS}). */
    private int zoom = ZoomSteps.ACTUAL_SIZE;
    private final List<Path> recentWorkbooks = new ArrayList<>();
    /** Team workbooks' addresses (no password is ever part of one), newest first. */
    private final List<String> recentTeamWorkbooks = new ArrayList<>();
    /** The relationship last viewed in each recent workbook, by its id. */
    private final java.util.Map<Path, Long> lastViewed = new java.util.HashMap<>();
    private int backupsToKeep = DEFAULT_BACKUPS_TO_KEEP;
    private Path offsiteFolder;
    private Instant lastOffsiteCopy;
    private Broken broken;
    private WeekSettings week = WeekSettings.DEFAULT;

    /** Why a settings file could not be used. */
    public enum Reason {
        /** The system would not let it be read (permissions, a folder in its place). */
        UNREADABLE,
        /** It holds bytes no text editor or Bridgework writes (a crash can leave a file of zeros). */
        NOT_TEXT,
        /** Far larger than settings ever are. */
        TOO_LARGE,
        /** It is text, but not in the properties format: a backslash-u escape without four hex digits. */
        MALFORMED
    }

    /**
     * The settings file found at start could not be used, so the defaults are in force.
     *
     * @param file   the settings file
     * @param keptAs where the file was moved; empty if it could not be moved (then it is never overwritten)
     */
    public record Broken(Reason reason, Path file, Optional<Path> keptAs) {
    }

    private AppSettings(Path file) {
        this.file = file;
    }

    /**
     * Reads the settings in {@code dataFolder}; defaults if there is no file, or if it cannot be used (it is then
     * set aside, see {@link #broken()}). A single value that makes no sense falls back to its default alone.
     */
    public static AppSettings load(Path dataFolder) {
        AppSettings settings = new AppSettings(dataFolder.resolve(FILE_NAME));
        SettingsFile.Read read = SettingsFile.read(settings.file);
        settings.broken = read.broken().orElse(null);
        Properties properties = read.properties();
        settings.theme = properties.getProperty("theme", "light");
        settings.zoom = ZoomSteps.parse(properties.getProperty("zoom"));
        settings.backupsToKeep = parseBackupsToKeep(properties.getProperty(BACKUPS_KEEP));
        settings.offsiteFolder = parsePath(properties.getProperty(OFFSITE_FOLDER));
        settings.lastOffsiteCopy = parseInstant(properties.getProperty(OFFSITE_LAST_COPY));
        settings.week = WeekSettings.read(properties);
        for (int i = 0; i < MAX_RECENT; i++) {
            String recent = properties.getProperty("recent." + i);
            if (recent != null && !recent.isBlank()) {
                try {
                    settings.recentWorkbooks.add(Path.of(recent));
                    parseId(properties.getProperty("recent." + i + ".viewed"))
                            .ifPresent(id -> settings.lastViewed.put(Path.of(recent), id));
                } catch (InvalidPathException e) {
                    LOG.log(System.Logger.Level.WARNING, "Skipped the recent workbook recent." + i + ": not a path here");
                }
            }
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            String address = properties.getProperty(RECENT_TEAM + i);
            if (address != null && !address.isBlank()) {
                settings.recentTeamWorkbooks.add(address.strip());
            }
        }
        return settings;
    }

    /** Set when the file found at start could not be used; the window tells the user once. */
    public synchronized Optional<Broken> broken() {
        return Optional.ofNullable(broken);
    }

    public synchronized String theme() {
        return theme;
    }

    public synchronized void setTheme(String value) {
        theme = value;
    }

    /** The text size of every window, in percent. */
    public synchronized int zoom() {
        return zoom;
    }

    /** Sets the text size, held to the nearest of {@link ZoomSteps#STEPS}. */
    public synchronized void setZoom(int percent) {
        zoom = ZoomSteps.nearest(percent);
    }

    /** How many daily backups of each workbook are kept. */
    public synchronized int backupsToKeep() {
        return backupsToKeep;
    }

    /** Sets how many daily backups to keep, held within {@link #MIN_BACKUPS_TO_KEEP}–{@link #MAX_BACKUPS_TO_KEEP}. */
    public synchronized void setBackupsToKeep(int value) {
        backupsToKeep = Math.max(MIN_BACKUPS_TO_KEEP, Math.min(MAX_BACKUPS_TO_KEEP, value));
    }

    /** The second backup folder (a USB disk, a synced folder) for encrypted copies; empty when none is set up. */
    public synchronized Optional<Path> offsiteFolder() {
        return Optional.ofNullable(offsiteFolder);
    }

    /** Sets the second backup folder; empty turns off-disk copies off. */
    public synchronized void setOffsiteFolder(Optional<Path> folder) {
        offsiteFolder = folder.map(path -> path.toAbsolutePath().normalize()).orElse(null);
    }

    /** When the last off-disk copy was made (by any workbook); empty if never. */
    public synchronized Optional<Instant> lastOffsiteCopy() {
        return Optional.ofNullable(lastOffsiteCopy);
    }

    public synchronized void setLastOffsiteCopy(Instant when) {
        lastOffsiteCopy = when;
    }

    /** This week's preferences and the day of the last desktop digest. */
    public synchronized WeekSettings week() {
        return week;
    }

    public synchronized void setWeek(WeekSettings value) {
        week = java.util.Objects.requireNonNull(value);
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

    /** The addresses of the recent team workbooks, newest first: host, port, database, user, TLS mode, schema. */
    public synchronized List<String> recentTeamWorkbooks() {
        return List.copyOf(recentTeamWorkbooks);
    }

    /** Puts a team workbook's {@code address} first in its recent list; the caller makes sure it holds no password. */
    public synchronized void rememberTeamWorkbook(String address) {
        recentTeamWorkbooks.remove(address);
        recentTeamWorkbooks.add(0, address);
        while (recentTeamWorkbooks.size() > MAX_RECENT) {
            recentTeamWorkbooks.remove(recentTeamWorkbooks.size() - 1);
        }
    }

    /** The id of the relationship last viewed in {@code workbook}, if it is a recent one and one was viewed. */
    public synchronized java.util.OptionalLong lastViewed(Path workbook) {
        Long id = lastViewed.get(workbook.toAbsolutePath().normalize());
        return id == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(id);
    }

    /** Remembers the relationship viewed in {@code workbook}; kept while the workbook is in the recent list. */
    public synchronized void setLastViewed(Path workbook, long id) {
        lastViewed.put(workbook.toAbsolutePath().normalize(), id);
    }

    /**
     * Writes the settings: to a temporary file first, then moved over the old one in one step. Refused while an
     * unusable file that could not be set aside is still there: it may be all the user has of their settings.
     */
    public synchronized void save() throws IOException {
        if (broken != null && broken.keptAs().isEmpty() && Files.exists(file)) {
            throw new IOException("the unusable settings file could not be set aside, so it is not replaced");
        }
        Properties properties = new Properties();
        properties.setProperty("theme", theme);
        properties.setProperty("zoom", Integer.toString(zoom));
        properties.setProperty(BACKUPS_KEEP, Integer.toString(backupsToKeep));
        if (offsiteFolder != null) {
            properties.setProperty(OFFSITE_FOLDER, offsiteFolder.toString());
        }
        if (lastOffsiteCopy != null) {
            properties.setProperty(OFFSITE_LAST_COPY, lastOffsiteCopy.toString());
        }
        week.writeTo(properties);
        for (int i = 0; i < recentWorkbooks.size(); i++) {
            properties.setProperty("recent." + i, recentWorkbooks.get(i).toString());
            Long viewed = lastViewed.get(recentWorkbooks.get(i));
            if (viewed != null) {
                properties.setProperty("recent." + i + ".viewed", Long.toString(viewed));
            }
        }
        for (int i = 0; i < recentTeamWorkbooks.size(); i++) {
            properties.setProperty(RECENT_TEAM + i, recentTeamWorkbooks.get(i));
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

    /** Nothing, or what is not a path here, means no folder. */
    private static java.util.Optional<Long> parseId(String value) {
        try {
            return value == null ? java.util.Optional.empty() : java.util.Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Path parsePath(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value.trim());
        } catch (InvalidPathException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignored " + OFFSITE_FOLDER + ": not a path here");
            return null;
        }
    }

    /** A time that cannot be read is forgotten: the off-disk copy then counts as never made, and is made. */
    private static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
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
