package org.bridgework.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file names of one workbook's backups: {@code <stem>-daily-<yyyyMMdd>.db},
 * {@code <stem>-before-v<N>-<yyyyMMdd-HHmmss>.db} and {@code <stem>-before-restore-<yyyyMMdd-HHmmss>.db}
 * (a second copy in the same second gets {@code -2}, {@code -3} … before {@code .db}). Names are
 * matched exactly, so the backups of {@code workbook.db} are never taken for those of {@code workbook-2.db}.
 */
final class BackupNames {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final String SUFFIX = ".db";

    private final String stem;
    private final Pattern daily;
    private final Pattern beforeUpgrade;
    private final Pattern beforeRestore;
    private final Pattern temporary;

    private BackupNames(String stem) {
        this.stem = stem;
        String quoted = Pattern.quote(stem);
        this.daily = Pattern.compile(quoted + "-daily-(\\d{8})\\.db");
        this.beforeUpgrade = Pattern.compile(quoted + "-before-v\\d+-(\\d{8}-\\d{6})(?:-\\d+)?\\.db");
        this.beforeRestore = Pattern.compile(quoted + "-before-restore-(\\d{8}-\\d{6})(?:-\\d+)?\\.db");
        this.temporary = Pattern.compile("\\." + quoted + "-(?:daily|before-v\\d+|before-restore)-[\\d-]+\\.db-\\d+\\.tmp");
    }

    /** The names for the backups of {@code workbook}: its file name without the extension is the stem. */
    static BackupNames of(Path workbook) {
        return new BackupNames(workbook.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
    }

    String daily(LocalDate day) {
        return stem + "-daily-" + DAY.format(day) + SUFFIX;
    }

    /** Without the {@code .db}: {@link #numbered} adds it, with a number if needed. */
    String beforeUpgrade(int toVersion, LocalDateTime at) {
        return stem + "-before-v" + toVersion + "-" + STAMP.format(at);
    }

    String beforeRestore(LocalDateTime at) {
        return stem + "-before-restore-" + STAMP.format(at);
    }

    /** {@code base.db}, or {@code base-2.db} for the second copy made in one second. */
    static String numbered(String base, int number) {
        return number <= 1 ? base + SUFFIX : base + "-" + number + SUFFIX;
    }

    /** The prefix of the hidden file a backup is written to before it gets its name. */
    static String temporaryPrefix(String finalName) {
        return "." + finalName + "-";
    }

    static String temporarySuffix() {
        return ".tmp";
    }

    /** A hidden file one of this workbook's backups was being written to (left behind by a crash). */
    boolean isTemporary(String fileName) {
        return temporary.matcher(fileName).matches();
    }

    boolean isDaily(String fileName) {
        return dailyDay(fileName).isPresent();
    }

    /** The day of a daily backup of this workbook; empty for any other name. */
    Optional<LocalDate> dailyDay(String fileName) {
        Matcher matcher = daily.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What kind of this workbook's backups {@code fileName} is, and when it was made; empty if none. */
    Optional<Named> parse(String fileName) {
        Optional<LocalDate> day = dailyDay(fileName);
        if (day.isPresent()) {
            return Optional.of(new Named(BackupKind.DAILY, day.get().atStartOfDay(), false));
        }
        return stamped(beforeUpgrade, BackupKind.BEFORE_UPGRADE, fileName)
                .or(() -> stamped(beforeRestore, BackupKind.BEFORE_RESTORE, fileName));
    }

    private static Optional<Named> stamped(Pattern pattern, BackupKind kind, String fileName) {
        Matcher matcher = pattern.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Named(kind, LocalDateTime.parse(matcher.group(1), STAMP), true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What a backup's name says: its kind and when it was made (a daily one's name holds only the day). */
    record Named(BackupKind kind, LocalDateTime takenAt, boolean timeKnown) {
    }
}
