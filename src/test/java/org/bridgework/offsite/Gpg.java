package org.bridgework.offsite;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code gpg}, with a home of its own in a temporary folder, to open or make copies as a user would. */
final class Gpg {
    private final Path home;
    private final Path passphraseFile;

    private Gpg(Path folder, String passphrase) throws IOException {
        home = Files.createDirectory(folder.resolve("gnupg-" + System.nanoTime()),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        passphraseFile = folder.resolve("passphrase-" + System.nanoTime() + ".txt");
        Files.writeString(passphraseFile, passphrase, StandardCharsets.UTF_8);
    }

    /** gpg with {@code passphrase}; the test is skipped where gpg is not installed (CI installs Debian's gnupg). */
    static Gpg with(Path folder, String passphrase) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/gpg")), "gpg is not installed");
        return new Gpg(folder, passphrase);
    }

    /** {@code gpg --decrypt}; its exit code (0 when the file opened and its integrity check passed). */
    int decrypt(Path encrypted, Path out) throws Exception {
        return run("--output", out.toString(), "--decrypt", encrypted.toString());
    }

    /** {@code gpg --symmetric} with AES-256, as a user would make a copy by hand. */
    int encrypt(Path plain, Path out) throws Exception {
        return run("--symmetric", "--cipher-algo", "AES256", "--output", out.toString(), plain.toString());
    }

    private int run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback", "--passphrase-file", passphraseFile.toString()));
        command.addAll(List.of(arguments));
        Process gpg = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("gpg.log").toFile()).start();
        if (!gpg.waitFor(60, TimeUnit.SECONDS)) {
            gpg.destroyForcibly();
            throw new AssertionError("gpg did not finish within a minute");
        }
        return gpg.exitValue();
    }

    String log() throws IOException {
        return Files.readString(home.resolve("gpg.log"));
    }
}
