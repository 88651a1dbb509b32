package org.bridgework.backup.crypto;

import java.io.IOException;
import java.nio.file.Path;

/** An encrypted copy could not be opened (or its plain content not written); {@link #kind()} says why. */
public final class EncryptedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why; each has a plain-words text in the messages bundle ("encryptedFile." + name()). */
    public enum Kind {
        /** The passphrase does not open the file. Nothing was written. */
        WRONG_PASSPHRASE,
        /** Truncated, altered, or without the integrity check this app insists on. */
        DAMAGED,
        /** Not a passphrase-encrypted OpenPGP file (a plain file, or one encrypted for a key). */
        NOT_OPENPGP,
        /** The encrypted file could not be read (missing, no permission, a disk error). */
        UNREADABLE,
        /** The opened content could not be written where asked (folder missing or read-only, disk full). */
        CANNOT_WRITE
    }

    private final Kind kind;
    private final transient Path file;

    public EncryptedFileException(Kind kind, Path file, String detail, Throwable cause) {
        super(kind + " " + file + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    /** The file the problem is about: the encrypted one, or the target for {@link Kind#CANNOT_WRITE}. */
    public Path file() {
        return file;
    }
}
