package org.bridgework.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup of a workbook in its {@code backups} folder.
 *
 * @param takenAt   when it was made, in local time (midnight of its day when the time is not known)
 * @param timeKnown false for a daily backup whose file no longer tells the time of day it was made
 * @param size      its size in bytes
 */
public record Backup(Path file, BackupKind kind, LocalDateTime takenAt, boolean timeKnown, long size) {
}
