package org.bridgework.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @TempDir
    Path folder;

    @Test
    void themeAndRecentWorkbooksSurviveARestart() throws Exception {
        AppSettings settings = AppSettings.load(folder);
        settings.setTheme("dark");
        for (int i = 0; i < 10; i++) {
            settings.rememberWorkbook(folder.resolve("book" + i + ".db"));
        }
        settings.rememberWorkbook(folder.resolve("book3.db"));
        settings.save();

        AppSettings again = AppSettings.load(folder);
        assertEquals("dark", again.theme());
        assertEquals(AppSettings.MAX_RECENT, again.recentWorkbooks().size());
        assertEquals(folder.resolve("book3.db"), again.recentWorkbooks().get(0), "reopened goes to the top, once");
        assertEquals(folder.resolve("book9.db"), again.recentWorkbooks().get(1));
    }

    @Test
    void theOffDiskFolderAndTheTimeOfItsLastCopySurviveARestart() throws Exception {
        AppSettings settings = AppSettings.load(folder);
        assertEquals(Optional.empty(), settings.offsiteFolder());
        assertEquals(Optional.empty(), settings.lastOffsiteCopy());
        settings.setOffsiteFolder(Optional.of(folder.resolve("usb disk")));
        settings.setLastOffsiteCopy(java.time.Instant.parse("2026-11-23T09:30:00Z"));
        settings.save();

        AppSettings again = AppSettings.load(folder);
        assertEquals(Optional.of(folder.resolve("usb disk").toAbsolutePath()), again.offsiteFolder());
        assertEquals(Optional.of(java.time.Instant.parse("2026-11-23T09:30:00Z")), again.lastOffsiteCopy());
        again.setOffsiteFolder(Optional.empty());
        again.save();
        assertEquals(Optional.empty(), AppSettings.load(folder).offsiteFolder(), "turned off");
    }

    @Test
    void aLastCopyTimeThatCannotBeReadCountsAsNeverMade() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "offsite.lastCopy=yesterday-ish\n");
        assertEquals(Optional.empty(), AppSettings.load(folder).lastOffsiteCopy());
    }

    @Test
    void aMissingOrEmptyFileMeansDefaultsAndNothingIsSetAside() throws Exception {
        AppSettings none = AppSettings.load(folder.resolve("nowhere"));
        assertEquals("light", none.theme());
        assertEquals(Optional.empty(), none.broken());
        Files.write(folder.resolve("settings.properties"), new byte[0]);
        AppSettings empty = AppSettings.load(folder);
        assertEquals(Optional.empty(), empty.broken(), "an empty file holds nothing worth keeping");
        assertTrue(Files.exists(folder.resolve("settings.properties")));
    }

    @Test
    void aFileWithABrokenEscapeIsSetAsideWhole() throws Exception {
        byte[] garbled = "theme=dark\nrecent.0=/home/maria/book.db\nbroken=\\u12\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("settings.properties"), garbled);

        AppSettings settings = AppSettings.load(folder);
        assertEquals("light", settings.theme(), "defaults");
        assertEquals(List.of(), settings.recentWorkbooks());
        Path kept = folder.resolve("settings.properties.broken");
        assertEquals(Optional.of(new AppSettings.Broken(AppSettings.Reason.MALFORMED, folder.resolve("settings.properties"),
                Optional.of(kept))), settings.broken());
        assertArrayEquals(garbled, Files.readAllBytes(kept), "kept byte for byte");
        assertFalse(Files.exists(folder.resolve("settings.properties")));
    }

    @Test
    void aFileOfZerosAsACrashLeavesIsNotText() throws Exception {
        Files.write(folder.resolve("settings.properties"), new byte[4096]);
        assertEquals(AppSettings.Reason.NOT_TEXT, AppSettings.load(folder).broken().orElseThrow().reason());
        Files.write(folder.resolve("settings.properties"), "theme=dark\nrecent.0=/a\u0001b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(AppSettings.Reason.NOT_TEXT, AppSettings.load(folder).broken().orElseThrow().reason(),
                "a control character no editor writes");
    }

    @Test
    void aHugeFileIsNotReadAtAll() throws Exception {
        try (var out = Files.newOutputStream(folder.resolve("settings.properties"))) {
            byte[] line = "theme=dark\n".getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written <= SettingsFile.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertEquals(AppSettings.Reason.TOO_LARGE, AppSettings.load(folder).broken().orElseThrow().reason());
    }

    @Test
    void aFolderWhereTheFileShouldBeIsUnreadableAndMovedAside() throws Exception {
        Files.createDirectories(folder.resolve("settings.properties").resolve("inside"));
        AppSettings settings = AppSettings.load(folder);
        assertEquals(AppSettings.Reason.UNREADABLE, settings.broken().orElseThrow().reason());
        assertTrue(Files.isDirectory(folder.resolve("settings.properties.broken").resolve("inside")));
        settings.save();
        assertTrue(Files.isRegularFile(folder.resolve("settings.properties")), "saving works again");
    }

    @Test
    void theUserIsToldOnceTheNextSaveLeavesTheKeptFileAloneAndTheNewestBrokenFileIsKept() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "old=\\uZZZZ\n");
        AppSettings.load(folder);
        Files.writeString(folder.resolve("settings.properties"), "newer=\\uYYYY\n");
        AppSettings settings = AppSettings.load(folder);
        assertEquals("newer=\\uYYYY\n", Files.readString(folder.resolve("settings.properties.broken")),
                "the newest unusable file replaces an older one: it is the one with the latest settings");

        settings.setTheme("dark");
        settings.save();
        AppSettings again = AppSettings.load(folder);
        assertEquals(Optional.empty(), again.broken(), "told once: the next start finds a good file");
        assertEquals("dark", again.theme());
        assertEquals("newer=\\uYYYY\n", Files.readString(folder.resolve("settings.properties.broken")));
    }

    @Test
    void aFileThatCannotBeSetAsideIsNeverOverwritten() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("settings.properties"), "theme=\\u00\n");
        data.toFile().setWritable(false);
        try {
            assumeFalse(Files.isWritable(data), "root writes into a read-only folder all the same");
            AppSettings settings = AppSettings.load(data);
            assertEquals(Optional.empty(), settings.broken().orElseThrow().keptAs());
            settings.setTheme("dark");
            assertThrows(java.io.IOException.class, settings::save);
            assertEquals("theme=\\u00\n", Files.readString(data.resolve("settings.properties")));
        } finally {
            data.toFile().setWritable(true);
        }
    }

    @Test
    void aRecentWorkbookThatIsNoPathIsSkippedAndTheRestKept() throws Exception {
        // A NUL written as a backslash-u escape is text; read back it is a NUL, which no path may hold.
        Files.writeString(folder.resolve("settings.properties"),
                "theme=dark\nrecent.0=/a\\u0000b.db\nrecent.1=/home/maria/book.db\n");
        AppSettings settings = AppSettings.load(folder);
        assertEquals(Optional.empty(), settings.broken());
        assertEquals("dark", settings.theme());
        assertEquals(List.of(Path.of("/home/maria/book.db")), settings.recentWorkbooks());
    }

    @Test
    void theNumberOfDailyBackupsToKeepSurvivesARestart() throws Exception {
        assertEquals(7, AppSettings.load(folder).backupsToKeep(), "a week by default");
        AppSettings settings = AppSettings.load(folder);
        settings.setBackupsToKeep(30);
        settings.save();
        assertEquals(30, AppSettings.load(folder).backupsToKeep());
        assertTrue(Files.readString(folder.resolve("settings.properties")).contains("backups.keep=30"));
    }

    @Test
    void aNumberOfBackupsOutOfRangeIsHeldToTheRangeAndNonsenseMeansTheDefault() throws Exception {
        AppSettings settings = AppSettings.load(folder);
        settings.setBackupsToKeep(0);
        assertEquals(1, settings.backupsToKeep(), "at least one: keeping none would make daily backups pointless");
        settings.setBackupsToKeep(1000);
        assertEquals(365, settings.backupsToKeep());

        Files.writeString(folder.resolve("settings.properties"), "backups.keep=-4\n");
        assertEquals(1, AppSettings.load(folder).backupsToKeep());
        Files.writeString(folder.resolve("settings.properties"), "backups.keep=many\n");
        assertEquals(7, AppSettings.load(folder).backupsToKeep());
    }

    // Issue 16 (team2): recent team workbooks
    @Test
    void recentTeamWorkbooksSurviveARestartNewestFirstAndAtMostEight() throws Exception {
        AppSettings settings = AppSettings.load(folder);
        for (int i = 0; i < 10; i++) {
            settings.rememberTeamWorkbook("postgresql://ana@db" + i + ".example.org:5432/repairs?sslmode=verify-full&schema=bridgework");
        }
        settings.rememberTeamWorkbook("postgresql://ana@db5.example.org:5432/repairs?sslmode=verify-full&schema=bridgework");
        settings.save();

        List<String> again = AppSettings.load(folder).recentTeamWorkbooks();
        assertEquals(AppSettings.MAX_RECENT, again.size());
        assertEquals("postgresql://ana@db5.example.org:5432/repairs?sslmode=verify-full&schema=bridgework", again.get(0));
        assertEquals("postgresql://ana@db9.example.org:5432/repairs?sslmode=verify-full&schema=bridgework", again.get(1));
        assertEquals(1, again.stream().filter(a -> a.contains("db5.")).count(), "once, moved to the front");
    }
}
