package org.bridgework.offsite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Secret Service of the Linux desktop (GNOME Keyring, KWallet) through its command-line tool
 * {@code secret-tool} (Debian package libsecret-tools). The secret is passed on standard input and read from
 * standard output, so it never appears in a command line.
 */
public final class SecretTool implements SecretStore {
    /** The attributes the passphrase is filed under: {@code service bridgework account offsite}. */
    static final List<String> ATTRIBUTES = List.of("service", "bridgework", "account", "offsite");
    static final String LABEL = "Bridgework off-disk backups";

    private final Path tool;
    /** Added to the tool's environment: the D-Bus session to use, for a Secret Service started by a test. */
    private final Map<String, String> environment;

    public SecretTool(Path tool) {
        this(tool, Map.of());
    }

    SecretTool(Path tool, Map<String, String> environment) {
        this.tool = tool;
        this.environment = Map.copyOf(environment);
    }

    /** The tool on {@code PATH}, if there is one and a desktop session (D-Bus) to reach the Secret Service. */
    public static Optional<SecretTool> find() {
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus == null || bus.isBlank()) {
            return Optional.empty();
        }
        return ToolProcess.onPath("secret-tool").map(SecretTool::new);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public Optional<char[]> lookup() throws SecretStoreException {
        ToolProcess.Result result = ToolProcess.run(command("lookup"), environment, null);
        if (result.exitCode() == 0) {
            return Optional.of(ToolProcess.chars(result.output()));
        }
        if (result.errors().isEmpty()) {
            return Optional.empty(); // Exit code 1 and nothing said: no such secret.
        }
        throw new SecretStoreException("secret-tool lookup failed: " + result.errors());
    }

    @Override
    public void store(char[] secret) throws SecretStoreException {
        List<String> command = new ArrayList<>(List.of(tool.toString(), "store", "--label=" + LABEL));
        command.addAll(ATTRIBUTES);
        ToolProcess.Result result = ToolProcess.run(command, environment, secret);
        if (result.exitCode() != 0) {
            throw new SecretStoreException("secret-tool store failed (exit code " + result.exitCode() + "): "
                    + result.errors());
        }
    }

    @Override
    public void forget() throws SecretStoreException {
        ToolProcess.Result result = ToolProcess.run(command("clear"), environment, null);
        if (result.exitCode() != 0 && !result.errors().isEmpty()) {
            throw new SecretStoreException("secret-tool clear failed: " + result.errors());
        }
    }

    private List<String> command(String action) {
        List<String> command = new ArrayList<>(List.of(tool.toString(), action));
        command.addAll(ATTRIBUTES);
        return command;
    }
}
