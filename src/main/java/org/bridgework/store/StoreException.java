package org.bridgework.store;

/** Reading or writing an open workbook failed; says what was being done, and why in terms the user can act on. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SaveProblem problem;

    /** The problem is read from SQLite's result code in {@code cause}. */
    public StoreException(String whatFailed, Throwable cause) {
        this(whatFailed, SaveProblems.fromCode(cause), cause);
    }

    public StoreException(String whatFailed, SaveProblem problem, Throwable cause) {
        super(whatFailed + ": " + (cause == null ? "" : cause.getMessage()), cause);
        this.problem = problem;
    }

    /** Why it failed; {@link SaveProblem#OTHER} when no plainer reason is known. */
    public SaveProblem problem() {
        return problem;
    }
}
