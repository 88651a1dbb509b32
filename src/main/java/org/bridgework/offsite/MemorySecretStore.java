package org.bridgework.offsite;

import java.util.Arrays;
import java.util.Optional;

/** Keeps the secret for this run only, where the system offers no secret store (or it failed). */
public final class MemorySecretStore implements SecretStore {
    private char[] secret;

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public synchronized Optional<char[]> lookup() {
        return secret == null ? Optional.empty() : Optional.of(secret.clone());
    }

    @Override
    public synchronized void store(char[] value) {
        forget();
        secret = value.clone();
    }

    @Override
    public synchronized void forget() {
        if (secret != null) {
            Arrays.fill(secret, '\0');
            secret = null;
        }
    }
}
