package org.bridgework.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
