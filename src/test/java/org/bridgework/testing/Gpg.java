package org.bridgework.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real gpg, with a home folder of its own (no keys, no agent of the user's), for round trips with it. */
public final class Gpg {
    private final Path home;

    public Gpg(Path home) {
        this.home = home;
    }

    /** {@code gpg --symmetric --cipher-algo AES256}, as a user would encrypt a file by hand. */
    public void encrypt(Path plain, Path out, Path passphraseFile) throws IOException, InterruptedException {
        run(List.of("--symmetric", "--cipher-algo", "AES256", "--passphrase-file", passphraseFile.toString(),
                "--output", out.toString(), plain.toString()));
    }

    /** {@code gpg --decrypt}, as the docs tell a user to open a copy without Bridgework. */
    public void decrypt(Path encrypted, Path out, Path passphraseFile) throws IOException, InterruptedException {
        run(List.of("--passphrase-file", passphraseFile.toString(), "--output", out.toString(), "--decrypt",
                encrypted.toString()));
    }

    private void run(List<String> arguments) throws IOException, InterruptedException {
        Files.createDirectories(home);
        home.toFile().setReadable(true, true);
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("gpg failed: " + command + "\n" + new String(output, StandardCharsets.UTF_8));
        }
    }
}
