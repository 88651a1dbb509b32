package org.bridgework.store;

/** Reading or writing an open workbook failed; says what was being done. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String whatFailed, Throwable cause) {
        super(whatFailed + ": " + (cause == null ? "" : cause.getMessage()), cause);
    }
}
