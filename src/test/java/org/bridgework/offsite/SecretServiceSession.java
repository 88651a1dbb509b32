package org.bridgework.offsite;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Secret Service for one test: a private D-Bus session with GNOME Keyring in it, its keyrings in a
 * temporary home, so nothing touches the user's own. Skipped where dbus-run-session, gnome-keyring-daemon or
 * secret-tool are not installed (Debian packages dbus, gnome-keyring, libsecret-tools).
 */
final class SecretServiceSession implements AutoCloseable {
    static final Path SECRET_TOOL = Path.of("/usr/bin/secret-tool");
    private final Process session;
    private final String bus;
    private final Path home;

    private SecretServiceSession(Process session, String bus, Path home) {
        this.session = session;
        this.bus = bus;
        this.home = home;
    }

    static SecretServiceSession start(Path home) throws IOException {
        for (String tool : new String[] {"/usr/bin/dbus-run-session", "/usr/bin/gnome-keyring-daemon", SECRET_TOOL.toString()}) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
        // The login keyring is created unlocked with this password; then the shell waits for its input to close.
        ProcessBuilder builder = new ProcessBuilder("dbus-run-session", "--", "sh", "-c",
                "printf %s keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1;"
                        + " echo \"BUS=$DBUS_SESSION_BUS_ADDRESS\"; exec cat >/dev/null");
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_RUNTIME_DIR");
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process session = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(session.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("BUS=")) {
            // Whatever else the session prints.
        }
        if (line == null || line.length() <= "BUS=".length()) {
            session.destroyForcibly();
            throw new IOException("the D-Bus session did not start");
        }
        return new SecretServiceSession(session, line.substring("BUS=".length()), home);
    }

    /** secret-tool talking to this session's Secret Service. */
    SecretTool secretTool() {
        return new SecretTool(SECRET_TOOL, Map.of("DBUS_SESSION_BUS_ADDRESS", bus));
    }

    Path home() {
        return home;
    }

    @Override
    public void close() throws IOException {
        session.getOutputStream().close();
        session.descendants().forEach(ProcessHandle::destroy);
        session.destroy();
    }
}
