package org.bridgework.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.backup.crypto.PassphraseProblem;
import org.bridgework.backup.crypto.PassphraseRules;
import org.bridgework.files.AtomicFiles;
import org.bridgework.problems.EncryptionTexts;
import org.bridgework.text.Texts;

/**
 * The passphrase for an encrypted copy: the first line of {@code --passphrase-file} (as gpg reads it), or typed
 * at the console without echo. Without either, the command stops with a message rather than waiting on a pipe.
 */
final class PassphraseInput {
    private PassphraseInput() {
    }

    /** For encrypting: a weak passphrase is refused with the reason; typed ones are asked twice. */
    static Passphrase forEncrypting(Path file) throws CommandFailure {
        Passphrase passphrase = file != null ? fromFile(file) : typed(true);
        char[] characters = passphrase.copyOfCharacters();
        try {
            Optional<PassphraseProblem> problem = PassphraseRules.problem(characters);
            if (problem.isPresent()) {
                passphrase.clear();
                throw new CommandFailure(Texts.get("cli.passphrase.weak", EncryptionTexts.describe(problem.get())));
            }
        } finally {
            Arrays.fill(characters, '\0');
        }
        return passphrase;
    }

    /** For opening a copy: any passphrase, since a wrong one is told by the file. */
    static Passphrase forDecrypting(Path file) throws CommandFailure {
        return file != null ? fromFile(file) : typed(false);
    }

    private static Passphrase fromFile(Path file) throws CommandFailure {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure(Texts.get("cli.passphrase.cannotRead", file, AtomicFiles.reason(e)));
        }
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int end = 0;
        while (end < decoded.limit() && decoded.get(end) != '\n' && decoded.get(end) != '\r') {
            end++;
        }
        char[] line = Arrays.copyOf(decoded.array(), end);
        Arrays.fill(decoded.array(), '\0');
        try {
            if (line.length == 0) {
                throw new CommandFailure(Texts.get("cli.passphrase.emptyFile", file));
            }
            return Passphrase.of(line);
        } finally {
            Arrays.fill(line, '\0');
        }
    }

    private static Passphrase typed(boolean twice) throws CommandFailure {
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(Texts.get("cli.passphrase.noConsole"));
        }
        char[] first = console.readPassword("%s", Texts.get("cli.passphrase.prompt"));
        if (first == null) {
            throw new CommandFailure(Texts.get("cli.passphrase.none"));
        }
        try {
            if (twice) {
                char[] again = console.readPassword("%s", Texts.get("cli.passphrase.again"));
                boolean same = again != null && Arrays.equals(first, again);
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
                if (!same) {
                    throw new CommandFailure(Texts.get("cli.passphrase.different"));
                }
            }
            return Passphrase.of(first);
        } finally {
            Arrays.fill(first, '\0');
        }
    }
}
