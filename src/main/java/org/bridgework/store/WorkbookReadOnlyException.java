package org.bridgework.store;

import java.nio.file.Path;

/** Something tried to write into a workbook opened read-only; nothing was written. */
public final class WorkbookReadOnlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    WorkbookReadOnlyException(Path file, String what) {
        super(what + ": the workbook " + file + " is open read-only, so nothing was written");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
