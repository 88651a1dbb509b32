package org.bridgework.offsite;

/**
 * The secret store of this system: the Secret Service on Linux, the Keychain on macOS. Windows' Credential
 * Manager has no tool that reads a secret from standard input, so there (and wherever the tool or the desktop
 * session is missing) the passphrase is asked for once per run and kept in memory only.
 */
public final class SecretStores {
    /** {@code -Dbridgework.secretStore=memory} keeps the passphrase in memory only (tests, shared machines). */
    static final String CHOICE = "bridgework.secretStore";

    private SecretStores() {
    }

    public static SecretStore forThisSystem() {
        if ("memory".equals(System.getProperty(CHOICE))) {
            return new MemorySecretStore();
        }
        return SecretTool.find().<SecretStore>map(tool -> tool)
                .or(() -> MacKeychain.find().map(keychain -> keychain))
                .orElseGet(MemorySecretStore::new);
    }
}
