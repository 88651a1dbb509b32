package org.bridgework.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aMissingOrGarbledFileMeansDefaults() throws Exception {
        assertEquals("light", AppSettings.load(folder.resolve("nowhere")).theme());
        Files.write(folder.resolve("settings.properties"), new byte[] {'\\', 'u', '1'});
        AppSettings garbled = AppSettings.load(folder);
        assertEquals("light", garbled.theme());
        assertEquals(List.of(), garbled.recentWorkbooks());
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
}
