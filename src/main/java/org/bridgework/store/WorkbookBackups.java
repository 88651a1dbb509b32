package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Consistent copies of a workbook in a {@code backups} folder beside it; file names in {@link BackupNames}. */
public final class WorkbookBackups {
    /** A temporary file this old was left by a crash, not by a backup being written now. */
    private static final Duration STALE = Duration.ofHours(1);

    private WorkbookBackups() {
    }

    /** The folder that holds the backups of {@code workbook}. */
    public static Path folderOf(Path workbook) {
        return workbook.toAbsolutePath().getParent().resolve("backups");
    }

    /**
     * Makes today's backup of the open workbook unless there is one already, then removes all but the
     * newest {@code keep} daily backups of this workbook. Copies made before an upgrade or a restore
     * are never removed: they are the way back from a step the user took, however long ago.
     *
     * @return the backup made; empty if today's existed already
     * @throws BackupException if the copy could not be written (the workbook itself is unaffected)
     */
    public static Optional<Path> daily(Workbook workbook, Clock clock, int keep) throws BackupException {
        return daily(workbook, clock, keep, () -> { });
    }

    /**
     * {@link #daily(Workbook, Clock, int)}, safe to run on a thread of its own while the workbook's thread saves:
     * it copies through a connection of its own, so no save waits for it, and stops if the workbook closes
     * meanwhile (nothing is made then: it is made the next time the workbook opens).
     *
     * @param duringCopy runs every few thousand steps of the copy, for tests that hold a backup half made
     */
    static Optional<Path> daily(Workbook workbook, Clock clock, int keep, Runnable duringCopy) throws BackupException {
        Path file = workbook.file();
        BackupNames names = BackupNames.of(file);
        Path target = folderOf(file).resolve(names.daily(LocalDate.now(clock)));
        Optional<Path> made = Optional.empty();
        try {
            if (!Files.exists(target)) {
                Optional<Path> copied = workbook.readers().read(connection -> {
                    BackupFiles.vacuumInto(connection, target);
                    return target;
                }, duringCopy);
                if (copied.isEmpty()) {
                    return copied; // Closed meanwhile: old backups stay until one is made.
                }
                made = copied;
            }
        } catch (IOException | SQLException e) {
            throw new BackupException(BackupProblem.CANNOT_WRITE_BACKUP, target, e.getMessage(), e);
        }
        prune(file, names, Math.max(1, keep), clock);
        return made;
    }

    /**
     * Copies the workbook before it is upgraded to {@code toVersion}, from a read-only connection, so
     * the copy is consistent and the original is not touched.
     *
     * @return the copy
     */
    static Path beforeUpgrade(Path workbook, int toVersion, Clock clock) throws WorkbookException {
        String base = BackupNames.of(workbook).beforeUpgrade(toVersion, LocalDateTime.now(clock));
        Path target = folderOf(workbook).resolve(BackupNames.numbered(base, 1));
        try {
            Files.createDirectories(target.getParent(), FilePermissions.privateFolder());
            target = BackupFiles.unusedName(target.getParent(), base);
            try (Connection connection = SqliteConnections.readOnly(workbook)) {
                BackupFiles.vacuumInto(connection, target);
            }
            return target;
        } catch (IOException | SQLException e) {
            throw new WorkbookException(workbook, WorkbookProblem.UPGRADE_FAILED,
                    "could not back it up to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Copies the open workbook as it is, before a backup is restored over it. */
    static Path beforeRestore(Workbook workbook, Clock clock) throws IOException, SQLException {
        Path folder = folderOf(workbook.file());
        Files.createDirectories(folder, FilePermissions.privateFolder());
        Path target = BackupFiles.unusedName(folder, BackupNames.of(workbook.file()).beforeRestore(LocalDateTime.now(clock)));
        BackupFiles.vacuumInto(workbook.connection(), target);
        return target;
    }

    /**
     * The backups of {@code workbook}, newest first. Hidden temporary files and the backups of other
     * workbooks in the same folder are not listed.
     *
     * @param zone the time zone of the user, for the time of day a daily backup was made
     */
    public static List<Backup> list(Path workbook, ZoneId zone) throws IOException {
        Path folder = folderOf(workbook);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        BackupNames names = BackupNames.of(workbook);
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Optional<BackupNames.Named> named = names.parse(file.getFileName().toString());
                if (named.isPresent() && Files.isRegularFile(file)) {
                    backups.add(describe(file, named.get(), zone));
                }
            }
        }
        backups.sort(Comparator.comparing(Backup::takenAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return List.copyOf(backups);
    }

    /** A daily backup's name has only its day; the file's time tells the hour, if it is still of that day. */
    private static Backup describe(Path file, BackupNames.Named named, ZoneId zone) throws IOException {
        LocalDateTime takenAt = named.takenAt();
        boolean timeKnown = named.timeKnown();
        if (!timeKnown) {
            LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
            if (modified.toLocalDate().equals(takenAt.toLocalDate())) {
                takenAt = modified;
                timeKnown = true;
            }
        }
        return new Backup(file, named.kind(), takenAt, timeKnown, Files.size(file));
    }

    private static void prune(Path workbook, BackupNames names, int keep, Clock clock) {
        Path folder = folderOf(workbook);
        List<Path> daily;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            daily = all.stream().filter(file -> names.isDaily(file.getFileName().toString()))
                    .sorted(Comparator.comparing((Path file) -> names.dailyDay(file.getFileName().toString()).orElseThrow())
                            .reversed())
                    .toList();
            all.stream().filter(file -> names.isTemporary(file.getFileName().toString()))
                    .filter(file -> isStale(file, clock)).forEach(BackupFiles::deleteQuietly);
        } catch (IOException e) {
            return; // Old backups stay until the next time; nothing is lost by that.
        }
        daily.stream().skip(keep).forEach(BackupFiles::deleteQuietly);
    }

    private static boolean isStale(Path file, Clock clock) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(clock.instant().minus(STALE));
        } catch (IOException e) {
            return false;
        }
    }
}
