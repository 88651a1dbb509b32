package org.bridgework.offsite;

import java.util.Optional;

/**
 * Where the passphrase of the off-disk backups is kept between starts: the operating system's secret store
 * ({@link SecretTool} on Linux, {@link MacKeychain} on macOS, {@link WindowsCredentialManager} on Windows) or, where there is none, this run's memory only
 * ({@link MemorySecretStore}). It is never written to a file of ours.
 */
public interface SecretStore {
    /** True if a secret kept here outlives this run of Bridgework. */
    boolean persistent();

    /** The secret kept, or empty if none is. */
    Optional<char[]> lookup() throws SecretStoreException;

    /** Keeps {@code secret}, replacing any kept before. */
    void store(char[] secret) throws SecretStoreException;

    /** Forgets the secret kept, if any. */
    void forget() throws SecretStoreException;
}
