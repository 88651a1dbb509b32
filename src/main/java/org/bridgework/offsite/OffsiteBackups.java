package org.bridgework.offsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.store.Backup;
import org.bridgework.store.BackupKind;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookBackups;

/**
 * Encrypted copies of a workbook in a second folder (a USB disk, a synced folder), which any OpenPGP tool opens
 * with the passphrase: after the daily backup, and on demand. Each copy is written under a hidden name and
 * renamed when whole, so the folder never holds half a copy under a real name. Problems are returned, not thrown.
 */
public final class OffsiteBackups {
    private static final String TEMPORARY_PREFIX = ".bridgework-offsite-";
    private static final String DECRYPTED_PREFIX = ".bridgework-decrypted-";

    private OffsiteBackups() {
    }

    /**
     * Encrypts today's daily backup of {@code workbook} (made beforehand by {@link WorkbookBackups#daily}) into
     * {@code folder}, unless today's copy is there already, then removes all but the newest {@code keep} daily
     * copies of this workbook there. Other files in the folder are left alone.
     */
    public static OffsiteResult copyDaily(Path workbook, Path folder, Passphrase passphrase, int keep, Clock clock) {
        if (!Files.isDirectory(folder)) {
            return OffsiteResult.missing(folder);
        }
        OffsiteNames names = OffsiteNames.of(workbook);
        LocalDate today = LocalDate.now(clock);
        Path target = folder.resolve(names.daily(today));
        OffsiteResult result;
        if (Files.exists(target)) {
            try {
                result = OffsiteResult.alreadyThere(Files.getLastModifiedTime(target).toInstant());
            } catch (IOException e) {
                return OffsiteResult.failed(OffsiteProblem.CANNOT_WRITE, e.getMessage());
            }
        } else {
            Optional<Path> source;
            try {
                source = todaysBackup(workbook, today, clock.getZone());
            } catch (IOException e) {
                return OffsiteResult.failed(OffsiteProblem.NOTHING_TO_COPY, e.getMessage());
            }
            if (source.isEmpty()) {
                return OffsiteResult.failed(OffsiteProblem.NOTHING_TO_COPY, "no backup of " + today + " beside the workbook");
            }
            result = encryptInto(source.get(), target, passphrase, clock);
        }
        if (result.ok()) {
            prune(folder, names, Math.max(1, keep));
        }
        return result;
    }

    /**
     * An encrypted copy of the open workbook as it is now, in {@code folder}. Runs on the thread that owns the
     * workbook's connection; the plain copy it encrypts from is made in the workbook's own backups folder and
     * removed afterwards, so nothing unencrypted reaches {@code folder}.
     */
    public static OffsiteResult copyNow(Workbook workbook, Path folder, Passphrase passphrase, Clock clock) {
        if (!Files.isDirectory(folder)) {
            return OffsiteResult.missing(folder);
        }
        Path target = folder.resolve(OffsiteNames.of(workbook.file()).onDemand(LocalDateTime.now(clock)));
        Path plain = WorkbookBackups.folderOf(workbook.file()).resolve(TEMPORARY_PREFIX + UUID.randomUUID() + ".db");
        try {
            Files.createDirectories(plain.getParent());
            workbook.saveCopyTo(plain);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(plain);
            return OffsiteResult.failed(OffsiteProblem.CANNOT_READ, String.valueOf(e.getMessage()));
        }
        try {
            return encryptInto(plain, target, passphrase, clock);
        } finally {
            deleteQuietly(plain);
        }
    }

    /**
     * This workbook's encrypted copies in {@code folder}, newest first; an empty list if the folder is not there
     * (a disk not plugged in). Each is marked by its name: see {@link #isEncrypted(Backup)}.
     */
    public static List<Backup> list(Path workbook, Path folder, ZoneId zone) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        OffsiteNames names = OffsiteNames.of(workbook);
        List<Backup> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                Optional<LocalDateTime> stamped = names.onDemandTime(name);
                Optional<LocalDate> day = names.dailyDay(name);
                if (stamped.isPresent()) {
                    copies.add(new Backup(file, BackupKind.DAILY, stamped.get(), true, Files.size(file)));
                } else if (day.isPresent()) {
                    LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
                    boolean sameDay = modified.toLocalDate().equals(day.get());
                    copies.add(new Backup(file, BackupKind.DAILY, sameDay ? modified : day.get().atStartOfDay(),
                            sameDay, Files.size(file)));
                }
            }
        } catch (IOException e) {
            return List.copyOf(copies); // A disk pulled out while listing: what was seen so far.
        }
        copies.sort(Comparator.comparing(Backup::takenAt).reversed());
        return List.copyOf(copies);
    }

    /** True for an encrypted off-disk copy, which needs the passphrase before it can be restored. */
    public static boolean isEncrypted(Backup backup) {
        return backup.file().getFileName().toString().endsWith(OffsiteNames.SUFFIX);
    }

    /**
     * Decrypts {@code encrypted} to a new hidden file in the workbook's folder, for the usual restore to check and
     * put in place; {@link #discard} it afterwards. Nothing is left behind when decryption fails.
     *
     * @throws EncryptedFileException wrong passphrase, a damaged or truncated file, not an OpenPGP file
     */
    public static Path decryptForRestore(Path encrypted, Path workbook, Passphrase passphrase)
            throws EncryptedFileException {
        Path plain = workbook.toAbsolutePath().getParent().resolve(DECRYPTED_PREFIX + UUID.randomUUID() + ".db");
        try {
            EncryptedFiles.decrypt(encrypted, plain, passphrase);
            return plain;
        } catch (EncryptedFileException | RuntimeException e) {
            deleteQuietly(plain);
            throw e;
        }
    }

    /** Removes a file {@link #decryptForRestore} made; nothing happens for any other file. */
    public static void discard(Path decrypted) {
        if (decrypted.getFileName().toString().startsWith(DECRYPTED_PREFIX)) {
            deleteQuietly(decrypted);
        }
    }

    /** Written whole or not at all (the copy is built under a hidden name and renamed when complete). */
    private static OffsiteResult encryptInto(Path source, Path target, Passphrase passphrase, Clock clock) {
        try {
            EncryptedFiles.encrypt(source, target, passphrase);
            return OffsiteResult.made(target, clock.instant());
        } catch (IOException | RuntimeException e) {
            if (!Files.isDirectory(target.getParent())) {
                return OffsiteResult.failed(OffsiteProblem.FOLDER_MISSING, String.valueOf(e.getMessage()));
            }
            return OffsiteResult.failed(OffsiteProblem.CANNOT_WRITE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Optional<Path> todaysBackup(Path workbook, LocalDate today, ZoneId zone) throws IOException {
        return WorkbookBackups.list(workbook, zone).stream()
                .filter(backup -> backup.kind() == BackupKind.DAILY)
                .filter(backup -> backup.takenAt().toLocalDate().equals(today))
                .map(Backup::file).findFirst();
    }

    /** Only this workbook's daily copies are counted and removed; copies made on demand stay. */
    private static void prune(Path folder, OffsiteNames names, int keep) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> names.dailyDay(file.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparing((Path file) -> names.dailyDay(file.getFileName().toString()).orElseThrow())
                            .reversed())
                    .skip(keep)
                    .forEach(OffsiteBackups::deleteQuietly);
        } catch (IOException e) {
            // Old copies stay until the next time; nothing is lost by that.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover hidden file; the next copy has a name of its own.
        }
    }
}
