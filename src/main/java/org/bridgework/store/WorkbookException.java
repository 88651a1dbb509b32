package org.bridgework.store;

import java.nio.file.Path;

/** A workbook could not be opened or created; the file was left exactly as it was. */
public final class WorkbookException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final WorkbookProblem problem;
    private final String detail;
    private final transient WorkbookHolder holder;

    public WorkbookException(Path file, WorkbookProblem problem, String detail, Throwable cause) {
        super(problem + ": " + file + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.file = file;
        this.problem = problem;
        this.detail = detail == null ? "" : detail;
        this.holder = null;
    }

    /** The workbook is open for editing in another Bridgework process: {@link WorkbookProblem#OPEN_ELSEWHERE}. */
    public WorkbookException(Path file, WorkbookHolder holder, String detail) {
        super(WorkbookProblem.OPEN_ELSEWHERE + ": " + file + " (" + detail + ")");
        this.file = file;
        this.problem = WorkbookProblem.OPEN_ELSEWHERE;
        this.detail = detail;
        this.holder = holder;
    }

    public WorkbookException(Path file, WorkbookProblem problem, String detail) {
        this(file, problem, detail, null);
    }

    public Path file() {
        return file;
    }

    public WorkbookProblem problem() {
        return problem;
    }

    /** Who has the workbook open, for {@link WorkbookProblem#OPEN_ELSEWHERE}; empty for the other problems. */
    public java.util.Optional<WorkbookHolder> holder() {
        return java.util.Optional.ofNullable(holder);
    }

    /** Technical detail for the curious (SQLite's words, version numbers); may be empty. */
    public String detail() {
        return detail;
    }
}
