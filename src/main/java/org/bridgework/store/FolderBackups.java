package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.backup.crypto.Passphrase;

/**
 * A backup of an open workbook written to a folder the user names (an external disk, a synced folder), under
 * the daily backup's name, plain or encrypted ({@code NAME.db.gpg}). A copy of the same name made earlier the
 * same day is replaced by the newer one. The plain copy that is encrypted is made in the workbook's own backups
 * folder, never in the chosen folder, so no unencrypted copy ever reaches the disk that leaves the laptop.
 */
public final class FolderBackups {
    /** What an encrypted copy's name ends with. */
    public static final String ENCRYPTED_SUFFIX = ".gpg";

    private FolderBackups() {
    }

    /**
     * @param passphrase present: the copy is encrypted with it
     * @return the file written
     * @throws BackupException if the copy could not be written (nothing is left in {@code folder} then)
     */
    public static Path write(Workbook workbook, Path folder, Optional<Passphrase> passphrase, Clock clock)
            throws BackupException {
        String name = BackupNames.of(workbook.file()).daily(LocalDate.now(clock));
        Path target = folder.resolve(passphrase.isPresent() ? name + ENCRYPTED_SUFFIX : name);
        Path work = passphrase.isPresent() ? WorkbookBackups.folderOf(workbook.file()) : folder;
        Path plain = work.resolve(BackupNames.temporaryPrefix(name) + ProcessHandle.current().pid()
                + BackupNames.temporarySuffix());
        try {
            if (!Files.isDirectory(folder)) {
                throw new java.nio.file.NoSuchFileException(folder.toString(), null, "the folder does not exist");
            }
            Files.deleteIfExists(plain);
            BackupFiles.vacuumInto(workbook.connection(), plain);
            if (passphrase.isPresent()) {
                EncryptedFiles.encrypt(plain, target, passphrase.get());
            } else {
                BackupFiles.replace(plain, target);
            }
            return target;
        } catch (IOException | SQLException e) {
            throw new BackupException(BackupProblem.CANNOT_WRITE_BACKUP, target, e.getMessage(), e);
        } finally {
            BackupFiles.deleteQuietly(plain);
        }
    }

    /**
     * Makes {@code workbook}, which does not exist, from a backup ({@code copy}: the backup itself, or the plain
     * content of an encrypted one, named {@code backup} in messages), after the checks a restore makes.
     */
    public static void restoreIntoNew(Path copy, Path backup, Path workbook) throws BackupException {
        Path file = workbook.toAbsolutePath().normalize();
        Path checked = null;
        try {
            checked = BackupFiles.copyToTemporary(copy, file.getParent(), ".bridgework-restore-");
        } catch (IOException e) {
            throw new BackupException(BackupProblem.CANNOT_COPY, backup, e.getMessage(), e);
        }
        try {
            WorkbookInspection inspection = WorkbookInspector.inspect(checked);
            if (inspection.blank()) {
                throw new WorkbookException(checked, WorkbookProblem.FOREIGN_DATABASE, "an empty database");
            }
            Files.move(checked, file);
            checked = null;
        } catch (WorkbookException e) {
            throw BackupException.unusable(backup, e);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.CANNOT_REPLACE, file, e.getMessage(), e);
        } finally {
            BackupFiles.deleteQuietly(checked);
        }
    }
}
