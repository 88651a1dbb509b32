package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.bridgework.settings.AppSettings;
import org.bridgework.ui.common.Banner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A settings file that cannot be read: the window says so once, where the old file went, and keeps it safe. */
@ExtendWith(ApplicationExtension.class)
class BrokenSettingsUiTest {
    private static final String BROKEN = "theme=dark\nrecent.0=/home/maria/book.db\nbad=\\u12\n";
    private MainWindowHarness harness;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness();
        data = Files.createDirectories(harness.folder.resolve("data"));
        Files.writeString(data.resolve("settings.properties"), BROKEN);
        harness.start(stage);
    }

    @BeforeEach
    void loaded() throws Exception {
        harness.awaitLoaded();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theWindowSaysWhereTheOldFileIsAndTheNextStartSaysNothing(FxRobot robot) throws Exception {
        Banner banner = robot.lookup("#brokenSettingsBanner").queryAs(Banner.class);
        Path kept = data.resolve("settings.properties.broken");
        assertTrue(banner.messageProperty().get().startsWith("Your settings could not be read (a character code in it (\\u…) is damaged),"
                + " so Bridgework started with its defaults"), banner.messageProperty().get());
        assertTrue(banner.messageProperty().get().endsWith("The unreadable file was kept as " + kept + "."));
        assertEquals(BROKEN, Files.readString(kept));

        Button dismiss = banner.actions().get(0);
        Fx.run(dismiss::requestFocus);
        Keyboard.push(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#brokenSettingsBanner").tryQuery().isEmpty());

        harness.flushSaves();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(data.resolve("settings.properties")));
        AppSettings next = AppSettings.load(data);
        assertTrue(next.broken().isEmpty(), "the opened workbook was remembered in a good file: nothing to tell next time");
        assertEquals(BROKEN, Files.readString(kept), "the kept file is left alone");
    }
}
