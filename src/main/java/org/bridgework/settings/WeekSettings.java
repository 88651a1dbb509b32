package org.bridgework.settings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * This week's preferences and the day of the last desktop digest, kept in the settings file.
 *
 * @param windowReminders  whether what is due today is told in the window when a workbook opens and each morning
 * @param desktopReminders whether the daily digest is also shown as a desktop notification
 * @param quietAfterDays   a repair with no conversation logged for this many days is listed as gone quiet
 * @param checkInWeeks     the check-in rhythm of a repair that has not chosen one (0: none)
 * @param lastDigest       the day the last desktop digest was given; at most one a day
 */
public record WeekSettings(boolean windowReminders, boolean desktopReminders, int quietAfterDays, int checkInWeeks,
                           Optional<LocalDate> lastDigest) {
    public static final int MIN_QUIET_DAYS = 1;
    public static final int MAX_QUIET_DAYS = 365;
    public static final int MAX_CHECK_IN_WEEKS = 52;
    public static final WeekSettings DEFAULT = new WeekSettings(true, false, 14, 2, Optional.empty());
    private static final String WINDOW = "week.windowReminders";
    private static final String DESKTOP = "week.desktopReminders";
    private static final String QUIET = "week.quietAfterDays";
    private static final String CHECK_IN = "week.checkInWeeks";
    private static final String LAST_DIGEST = "week.lastDigest";

    public WeekSettings {
        quietAfterDays = Math.max(MIN_QUIET_DAYS, Math.min(MAX_QUIET_DAYS, quietAfterDays));
        checkInWeeks = Math.max(0, Math.min(MAX_CHECK_IN_WEEKS, checkInWeeks));
        lastDigest = Objects.requireNonNullElse(lastDigest, Optional.empty());
    }

    public WeekSettings withLastDigest(LocalDate day) {
        return new WeekSettings(windowReminders, desktopReminders, quietAfterDays, checkInWeeks, Optional.of(day));
    }

    /** The values in {@code properties}; one that makes no sense falls back to its default alone. */
    static WeekSettings read(Properties properties) {
        return new WeekSettings(Boolean.parseBoolean(properties.getProperty(WINDOW, "true").strip()),
                Boolean.parseBoolean(properties.getProperty(DESKTOP, "false").strip()),
                number(properties.getProperty(QUIET), DEFAULT.quietAfterDays),
                number(properties.getProperty(CHECK_IN), DEFAULT.checkInWeeks), day(properties.getProperty(LAST_DIGEST)));
    }

    void writeTo(Properties properties) {
        properties.setProperty(WINDOW, Boolean.toString(windowReminders));
        properties.setProperty(DESKTOP, Boolean.toString(desktopReminders));
        properties.setProperty(QUIET, Integer.toString(quietAfterDays));
        properties.setProperty(CHECK_IN, Integer.toString(checkInWeeks));
        lastDigest.ifPresent(day -> properties.setProperty(LAST_DIGEST, day.toString()));
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
