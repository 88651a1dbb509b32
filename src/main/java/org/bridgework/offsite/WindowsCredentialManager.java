package org.bridgework.offsite;

import java.util.Optional;
import org.bridgework.offsite.windows.CredentialBlob;
import org.bridgework.offsite.windows.GenericCredentials;
import org.bridgework.offsite.windows.WindowsError;

/**
 * Windows' Credential Manager: the passphrase as a generic credential "bridgework/offsite" of this user on this
 * computer (Control Panel → Credential Manager → Windows Credentials lists it). Windows has no tool that reads such
 * a secret back, so advapi32 is called directly, through JNA. Not tested on a real Windows machine by the build,
 * which runs on Linux; see docs/data-safety.md.
 */
public final class WindowsCredentialManager implements SecretStore {
    static final String TARGET = "bridgework/offsite";

    private final GenericCredentials credentials;

    private WindowsCredentialManager(GenericCredentials credentials) {
        this.credentials = credentials;
    }

    /** The Credential Manager, on Windows; empty elsewhere or where JNA cannot reach it. */
    public static Optional<WindowsCredentialManager> find() {
        return GenericCredentials.load().map(WindowsCredentialManager::new);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public Optional<char[]> lookup() throws SecretStoreException {
        Optional<byte[]> blob;
        try {
            blob = credentials.read(TARGET);
        } catch (WindowsError | RuntimeException e) {
            throw new SecretStoreException("Credential Manager: " + e.getMessage(), e);
        }
        if (blob.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CredentialBlob.decode(blob.get()));
        } catch (IllegalArgumentException e) {
            throw new SecretStoreException("Credential Manager: " + TARGET + " holds no passphrase of ours", e);
        } finally {
            CredentialBlob.wipe(blob.get());
        }
    }

    @Override
    public void store(char[] secret) throws SecretStoreException {
        byte[] blob;
        try {
            blob = CredentialBlob.encode(secret);
        } catch (IllegalArgumentException e) {
            throw new SecretStoreException("Credential Manager: " + e.getMessage(), e);
        }
        try {
            credentials.write(TARGET, "offsite", SecretTool.LABEL, blob);
        } catch (WindowsError | RuntimeException e) {
            throw new SecretStoreException("Credential Manager: " + e.getMessage(), e);
        } finally {
            CredentialBlob.wipe(blob);
        }
    }

    @Override
    public void forget() throws SecretStoreException {
        try {
            credentials.delete(TARGET);
        } catch (WindowsError | RuntimeException e) {
            throw new SecretStoreException("Credential Manager: " + e.getMessage(), e);
        }
    }
}
