package org.bridgework.ui.backup;

import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.store.Backup;
import org.bridgework.store.BackupException;
import org.bridgework.text.Texts;

/** How a backup and a failed restore are put into words. */
public final class BackupLabels {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private BackupLabels() {
    }

    /** "Daily backup", "Before an upgrade", "Before a restore", "Off-disk, encrypted". */
    public static String kind(Backup backup) {
        if (OffsiteBackups.isEncrypted(backup)) {
            return Texts.get("backup.kind.offsite");
        }
        return Texts.get("backup.kind." + backup.kind().name());
    }

    /** "Monday, November 23, 2026, 9:14 AM" as the locale writes it, or only the day when the time is not known. */
    public static String taken(Backup backup) {
        return backup.timeKnown() ? org.bridgework.text.Dates.dayAndTime(backup.takenAt())
                : org.bridgework.text.Dates.fullDay(backup.takenAt().toLocalDate());
    }

    /** "24 KB", "3.5 MB": never "0 KB" for a file that has content. */
    public static String size(long bytes) {
        if (bytes < MB) {
            return Texts.get("backup.size.kb", (bytes + KB - 1) / KB);
        }
        return Texts.get("backup.size.mb", bytes / (double) MB);
    }

    /** Why the restore of {@code backup} did not happen, and that the workbook is as it was (or what to do). */
    public static String restoreFailure(BackupException failure, Backup backup) {
        String reason = failure.backupProblem()
                .map(problem -> Texts.get("problem." + problem.name() + ".headline"))
                .orElse(failure.detail());
        return Texts.get("restore.failed." + failure.problem().name(), taken(backup), reason,
                failure.file() == null ? "" : failure.file());
    }
}
