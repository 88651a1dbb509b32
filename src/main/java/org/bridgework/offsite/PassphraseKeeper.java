package org.bridgework.offsite;

import java.util.Arrays;
import java.util.Optional;

/**
 * The passphrase of the off-disk copies for this run: kept in memory once known, and in the system's secret store
 * when there is one, so it is asked for once (when the off-disk folder is set up) rather than at each start.
 * Its methods may start the secret store's tool: call them off the JavaFX thread.
 */
public final class PassphraseKeeper {
    private static final System.Logger LOG = System.getLogger(PassphraseKeeper.class.getName());

    private final SecretStore store;
    private final MemorySecretStore memory = new MemorySecretStore();

    public PassphraseKeeper(SecretStore store) {
        this.store = store;
    }

    /** Where the passphrase is kept: in the system's secret store, or only for this run. */
    public enum Kept { SECRET_STORE, THIS_RUN_ONLY }

    /** The passphrase, from memory or the secret store; empty if neither has it (then ask the user). */
    public Optional<char[]> known() {
        Optional<char[]> remembered = memory.lookup();
        if (remembered.isPresent()) {
            return remembered;
        }
        try {
            Optional<char[]> stored = store.lookup();
            stored.ifPresent(memory::store);
            return stored;
        } catch (SecretStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "The secret store could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps a passphrase just chosen, in the secret store if it takes it; says where it went. */
    public Kept keep(char[] passphrase) {
        memory.store(passphrase);
        if (!store.persistent()) {
            return Kept.THIS_RUN_ONLY;
        }
        try {
            store.store(passphrase);
            return Kept.SECRET_STORE;
        } catch (SecretStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "The secret store did not take the passphrase: " + e.getMessage());
            return Kept.THIS_RUN_ONLY;
        }
    }

    /** Remembers a passphrase the user typed to open a copy, for this run only (the secret store is left as it is). */
    public void rememberForThisRun(char[] passphrase) {
        memory.store(passphrase);
    }

    /** Forgets the passphrase everywhere: the off-disk copies were turned off. */
    public void forget() {
        memory.forget();
        try {
            store.forget();
        } catch (SecretStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "The secret store did not forget the passphrase: " + e.getMessage());
        }
    }

    /** Wipes a copy handed out by {@link #known()} once it is no longer needed. */
    public static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
