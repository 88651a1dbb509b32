package org.bridgework.offsite.windows;

import java.util.Arrays;

/**
 * A passphrase as a credential's blob: UTF-16LE code units, the way Windows' own tools keep a password, without a
 * terminating zero. Works on char arrays, never Strings, so the caller can wipe every copy.
 */
public final class CredentialBlob {
    /** CRED_MAX_CREDENTIAL_BLOB_SIZE in wincred.h: 5 × 512 bytes. */
    public static final int MAX_BYTES = 5 * 512;

    private CredentialBlob() {
    }

    /** The blob for {@code secret}: two bytes per char, low byte first; any char, even a lone surrogate, as it is. */
    public static byte[] encode(char[] secret) {
        if (secret.length * 2 > MAX_BYTES) {
            throw new IllegalArgumentException("a credential holds at most " + MAX_BYTES / 2 + " characters");
        }
        byte[] blob = new byte[secret.length * 2];
        for (int i = 0; i < secret.length; i++) {
            blob[2 * i] = (byte) secret[i];
            blob[2 * i + 1] = (byte) (secret[i] >>> 8);
        }
        return blob;
    }

    /** The passphrase a blob holds; an odd number of bytes is not one we wrote. */
    public static char[] decode(byte[] blob) {
        if (blob.length % 2 != 0) {
            throw new IllegalArgumentException("a blob of " + blob.length + " bytes is not UTF-16");
        }
        char[] secret = new char[blob.length / 2];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (char) ((blob[2 * i] & 0xFF) | (blob[2 * i + 1] & 0xFF) << 8);
        }
        return secret;
    }

    /** Zeroes a blob once written or read. */
    public static void wipe(byte[] blob) {
        Arrays.fill(blob, (byte) 0);
    }
}
