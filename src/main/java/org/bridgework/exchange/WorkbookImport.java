package org.bridgework.exchange;

import org.bridgework.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.TakenNames;
import org.bridgework.store.StoreException;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;

/**
 * File → Import… and {@code bridgework import}: adds the relationships of an export file to an open workbook.
 * All or nothing: the whole file is read and checked first, and only a file without a single problem is
 * written, in one transaction. A relationship whose name is taken comes in as "NAME (imported)",
 * "NAME (imported 2)", …; everything else is kept as in the file, its times included.
 */
public final class WorkbookImport {
    /** How an imported relationship is renamed when its name is taken. */
    static final TakenNames.Variants VARIANTS = (name, attempt) -> attempt == 1
            ? Texts.get("import.name.first", name) : Texts.get("import.name.again", name, String.valueOf(attempt));

    private WorkbookImport() {
    }

    /** Imports {@code file} into {@code workbook}; runs where the workbook is used (the store thread). */
    public static ImportResult run(WorkbookStore workbook, Path file) throws ExchangeException {
        ExportReader.Contents contents = read(file);
        List<Relationship> stored;
        try {
            stored = workbook.importRelationships(contents.relationships(), VARIANTS);
        } catch (StoreException e) {
            throw new ExchangeException(file, Texts.get("exchange.reason.storeFailed", String.valueOf(e.getMessage())), e);
        }
        return new ImportResult(file, stored, renames(contents, stored));
    }

    /** The relationships of {@code contents} stored under another name, as {@code stored} holds them. */
    static List<ImportResult.Rename> renames(ExportReader.Contents contents, List<Relationship> stored) {
        List<ImportResult.Rename> renamed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            String from = contents.relationships().get(i).relationship().name();
            if (!from.equals(stored.get(i).name())) {
                renamed.add(new ImportResult.Rename(from, stored.get(i).name()));
            }
        }
        return renamed;
    }

    /** Reads and checks the whole file, refusing what cannot be an export before reading a byte of it. */
    static ExportReader.Contents read(Path file) throws ExchangeException {
        if (Files.isDirectory(file)) {
            throw new ExchangeException(file, Texts.get("exchange.reason.folder"));
        }
        if (!Files.exists(file)) {
            throw new ExchangeException(file, Texts.get("exchange.reason.missing"));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ExchangeException(file, Texts.get("exchange.reason.empty"));
            }
            if (size > ExchangeFormat.MAX_FILE_BYTES) {
                throw new ExchangeException(file, Texts.get("exchange.reason.tooLarge", megabytes(size),
                        megabytes(ExchangeFormat.MAX_FILE_BYTES)));
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return ExportReader.read(file, in, size);
            }
        } catch (IOException e) {
            throw new ExchangeException(file, Texts.get("exchange.reason.unreadable", AtomicFiles.reason(e)), e);
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + (1 << 20) - 1) >> 20);
    }
}
