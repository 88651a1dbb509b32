package org.bridgework.offsite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The macOS Keychain through the system's {@code security} tool. The passphrase is stored by a command typed
 * into {@code security -i} on standard input, so it never appears in a command line. Not tested on a Mac by
 * the build (which runs on Linux); see docs/user-guide.md.
 */
public final class MacKeychain implements SecretStore {
    private static final Path TOOL = Path.of("/usr/bin/security");
    /** What {@code security} exits with when there is no such item. */
    private static final int NOT_FOUND = 44;

    /** The Keychain's tool, on macOS. */
    public static Optional<MacKeychain> find() {
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        return mac && Files.isExecutable(TOOL) ? Optional.of(new MacKeychain()) : Optional.empty();
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public Optional<char[]> lookup() throws SecretStoreException {
        ToolProcess.Result result = ToolProcess.run(List.of(TOOL.toString(), "find-generic-password",
                "-s", "bridgework", "-a", "offsite", "-w"), null);
        if (result.exitCode() == NOT_FOUND) {
            return Optional.empty();
        }
        if (result.exitCode() != 0) {
            throw new SecretStoreException("security find-generic-password failed: " + result.errors());
        }
        char[] found = ToolProcess.chars(result.output());
        int length = found.length > 0 && found[found.length - 1] == '\n' ? found.length - 1 : found.length;
        char[] secret = Arrays.copyOf(found, length);
        Arrays.fill(found, '\0');
        return Optional.of(secret);
    }

    @Override
    public void store(char[] secret) throws SecretStoreException {
        char[] line = commandLine(secret);
        try {
            ToolProcess.Result result = ToolProcess.run(List.of(TOOL.toString(), "-i"), line);
            if (result.exitCode() != 0 || !result.errors().isEmpty()) {
                throw new SecretStoreException("security add-generic-password failed: " + result.errors());
            }
        } finally {
            Arrays.fill(line, '\0');
        }
    }

    @Override
    public void forget() throws SecretStoreException {
        ToolProcess.Result result = ToolProcess.run(List.of(TOOL.toString(), "delete-generic-password",
                "-s", "bridgework", "-a", "offsite"), null);
        if (result.exitCode() != 0 && result.exitCode() != NOT_FOUND) {
            throw new SecretStoreException("security delete-generic-password failed: " + result.errors());
        }
    }

    /** {@code add-generic-password -U … -w "secret"}, the secret quoted for {@code security -i}. */
    private static char[] commandLine(char[] secret) {
        StringBuilder line = new StringBuilder(
                "add-generic-password -U -s bridgework -a offsite -l \"" + SecretTool.LABEL + "\" -w \"");
        for (char c : secret) {
            if (c == '"' || c == '\\') {
                line.append('\\');
            }
            line.append(c);
        }
        line.append("\"\n");
        char[] chars = new char[line.length()];
        line.getChars(0, line.length(), chars, 0);
        line.setLength(0);
        return chars;
    }
}
