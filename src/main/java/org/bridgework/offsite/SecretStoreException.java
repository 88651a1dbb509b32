package org.bridgework.offsite;

/** The secret store could not be used (locked, no session to reach it, the tool failed); the detail says how. */
public final class SecretStoreException extends Exception {
    public SecretStoreException(String detail) {
        super(detail);
    }

    public SecretStoreException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
