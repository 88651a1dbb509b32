package org.bridgework.offsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passphrase in a real Secret Service (GNOME Keyring in a private D-Bus session) through secret-tool. */
class SecretToolTest {
    private static final String SECRET = "Grüne Äpfel & \"quotes\" $HOME `x` ✓ 42";

    @TempDir
    Path home;

    @Test
    void aPassphraseIsStoredReadBackReplacedAndForgotten() throws Exception {
        try (SecretServiceSession session = SecretServiceSession.start(home)) {
            SecretTool tool = session.secretTool();
            assertTrue(tool.persistent());
            assertEquals(Optional.empty(), tool.lookup(), "nothing kept yet");

            tool.store(SECRET.toCharArray());
            assertArrayEquals(SECRET.toCharArray(), tool.lookup().orElseThrow(), "read back exactly, spaces and all");

            tool.store("a second passphrase".toCharArray());
            assertArrayEquals("a second passphrase".toCharArray(), tool.lookup().orElseThrow(), "replaced, not added");

            tool.forget();
            assertEquals(Optional.empty(), tool.lookup());
        }
    }

    @Test
    void theKeyringOnDiskDoesNotHoldThePassphraseInPlainText() throws Exception {
        try (SecretServiceSession session = SecretServiceSession.start(home)) {
            session.secretTool().store(SECRET.toCharArray());
            assertTrue(session.secretTool().lookup().isPresent());
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertFalse(bytes.contains("Grüne Äpfel"), file + " holds the passphrase in plain text");
            }
        }
    }

    @Test
    void theKeeperFallsBackToMemoryWhenTheSecretStoreFails() throws Exception {
        PassphraseKeeper keeper = new PassphraseKeeper(new SecretTool(home.resolve("no-such-secret-tool")));

        assertEquals(PassphraseKeeper.Kept.THIS_RUN_ONLY, keeper.keep(SECRET.toCharArray()));
        assertArrayEquals(SECRET.toCharArray(), keeper.known().orElseThrow(), "still known for this run");
        keeper.forget();
        assertEquals(Optional.empty(), keeper.known());
    }

    @Test
    void theKeeperReadsWhatTheSecretStoreHoldsAfterARestart() throws Exception {
        try (SecretServiceSession session = SecretServiceSession.start(home)) {
            assertEquals(PassphraseKeeper.Kept.SECRET_STORE, new PassphraseKeeper(session.secretTool())
                    .keep(SECRET.toCharArray()));
            PassphraseKeeper nextStart = new PassphraseKeeper(session.secretTool());
            assertArrayEquals(SECRET.toCharArray(), nextStart.known().orElseThrow());
        }
    }
}
