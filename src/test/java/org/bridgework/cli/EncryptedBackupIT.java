package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgework.cli.LauncherProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bridgework backup --encrypt} and {@code restore} through the real launcher: Bouncy Castle's modules are
 * found on the module path, and without a console the passphrase is asked for by name, not waited for.
 */
class EncryptedBackupIT {
    @TempDir
    Path folder;

    @Test
    void anEncryptedBackupMadeByTheLauncherIsRestoredByIt() throws Exception {
        Path example = folder.resolve("example.db");
        assertEquals(0, LauncherProcess.run(folder, "example", "--workbook", example.toString()).code());
        Path disk = Files.createDirectories(folder.resolve("disk"));
        Path passphrase = Files.writeString(folder.resolve("pass.txt"), "Seven blue herons 42\n");

        Result noConsole = LauncherProcess.run(folder, "backup", "--workbook", example.toString(), "--to",
                disk.toString(), "--encrypt");
        assertEquals(1, noConsole.code());
        assertTrue(noConsole.err().contains("there is no console"), noConsole.err());

        Result backup = LauncherProcess.run(folder, "backup", "--workbook", example.toString(), "--to",
                disk.toString(), "--encrypt", "--passphrase-file", passphrase.toString());
        assertEquals(0, backup.code(), backup.err());
        Path encrypted;
        try (var files = Files.list(disk)) {
            encrypted = files.filter(file -> file.toString().endsWith(".db.gpg")).findFirst().orElseThrow();
        }
        Path restored = folder.resolve("restored.db");
        Result restore = LauncherProcess.run(folder, "restore", "--workbook", restored.toString(), "--from",
                encrypted.toString(), "--passphrase-file", passphrase.toString());
        assertEquals(0, restore.code(), restore.err());
        Result check = LauncherProcess.run(folder, "check", "--workbook", restored.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("a healthy Bridgework workbook"), check.out());
    }
}
