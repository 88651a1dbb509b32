package org.bridgework.exchange;

import java.nio.file.Path;
import org.bridgework.text.Texts;

/**
 * A file was refused by an import, and nothing was imported. The message names the file and says what is
 * wrong with it in plain words, ready for a dialog or standard error.
 */
public final class ExchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    ExchangeException(Path file, String reason) {
        super(Texts.get("import.refused", file, reason));
        this.file = file;
        this.reason = reason;
    }

    ExchangeException(Path file, String reason, Throwable cause) {
        this(file, reason);
        initCause(cause);
    }

    /** The file that was refused. */
    public Path file() {
        return file;
    }

    /** What is wrong with it, without the file's name. */
    public String reason() {
        return reason;
    }
}
