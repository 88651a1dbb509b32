package org.bridgework.exchange;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.files.AtomicFiles;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;

/**
 * Export files encrypted with a passphrase (OpenPGP, opened by {@code gpg --decrypt} as well): written as a plain
 * export first and read back as one. The plain form only ever lives in a hidden, owner-only temporary file beside
 * the workbook (where the same data is in the clear anyway), never beside the encrypted file, which may be on a
 * USB disk or in a synced folder, and it is removed when done.
 */
public final class EncryptedExchange {
    private static final System.Logger LOG = System.getLogger(EncryptedExchange.class.getName());

    /** Writes a plain export to the file given; returns how many relationships it holds. */
    @FunctionalInterface
    public interface PlainExport {
        int writeTo(Path plain) throws IOException;
    }

    private EncryptedExchange() {
    }

    /**
     * Writes the export {@code plain} makes to {@code target}, encrypted with {@code passphrase}; the target is then
     * complete or untouched. Returns what {@code plain} returned; when it wrote nothing (the relationship asked for
     * is gone), nothing is written to the target either.
     */
    public static int export(WorkbookStore workbook, Path target, Passphrase passphrase, PlainExport plain)
            throws IOException {
        if (Files.exists(target) && workbook.localFile().isPresent()
                && Files.isSameFile(target, workbook.localFile().get())) {
            // Replacing the open workbook's file with its export would lose the workbook.
            throw new FileSystemException(target.toString(), null, Texts.get("exchange.file.isWorkbook"));
        }
        Path clear = Files.createTempFile(folderOf(workbook, target), ".bridgework-export-", ".tmp");
        try {
            int count = plain.writeTo(clear);
            if (Files.size(clear) > 0) { // empty: the one relationship asked for is gone, so nothing was exported
                EncryptedFiles.encrypt(clear, target, passphrase);
            }
            return count;
        } finally {
            remove(clear);
        }
    }

    /**
     * Opens {@code encrypted} with {@code passphrase} and imports it, all or nothing. A wrong passphrase, a damaged
     * or truncated file refuses with an {@link EncryptedFileException} before the workbook is touched; a problem in
     * the opened export refuses as a plain import would, naming {@code encrypted}.
     */
    public static ImportResult importFile(WorkbookStore workbook, Path encrypted, Passphrase passphrase)
            throws EncryptedFileException, ExchangeException {
        Path folder = folderOf(workbook, encrypted);
        Path clear;
        try {
            clear = Files.createTempFile(folder, ".bridgework-decrypted-", ".tmp");
        } catch (IOException e) {
            throw new EncryptedFileException(EncryptedFileException.Kind.CANNOT_WRITE, folder, AtomicFiles.reason(e),
                    e);
        }
        try {
            EncryptedFiles.decrypt(encrypted, clear, passphrase);
            ImportResult result;
            try {
                result = WorkbookImport.run(workbook, clear);
            } catch (ExchangeException e) {
                throw new ExchangeException(encrypted, e.reason(), e);
            }
            return new ImportResult(encrypted, result.imported(), result.renamed());
        } finally {
            remove(clear);
        }
    }

    /**
     * Where the plain copy is made for a moment: beside the workbook file, as private as it is; for a team
     * workbook, which has no folder here, beside the encrypted file.
     */
    private static Path folderOf(WorkbookStore workbook, Path other) {
        return workbook.localFile().orElse(other).toAbsolutePath().normalize().getParent();
    }

    private static void remove(Path clear) {
        try {
            Files.deleteIfExists(clear);
        } catch (IOException e) {
            // Left behind: hidden, readable by the user alone, beside the workbook that holds the same data.
            LOG.log(System.Logger.Level.WARNING, "Could not remove the temporary file " + clear, e);
        }
    }
}
