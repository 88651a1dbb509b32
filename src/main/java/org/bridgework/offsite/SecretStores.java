package org.bridgework.offsite;

/**
 * The secret store of this system: the Secret Service on Linux, the Keychain on macOS, the Credential Manager on
 * Windows. Wherever none is reachable (no secret-tool or no desktop session on Linux, JNA not loadable on Windows),
 * the passphrase is asked for once per run and kept in memory only.
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
                .or(() -> WindowsCredentialManager.find().map(manager -> manager))
                .orElseGet(MemorySecretStore::new);
    }
}
