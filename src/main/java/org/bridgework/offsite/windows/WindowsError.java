package org.bridgework.offsite.windows;

/** A Credential Manager function failed; {@link #code()} is what GetLastError said. */
public final class WindowsError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;

    WindowsError(String function, int code) {
        super(function + " failed with Windows error " + code);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
