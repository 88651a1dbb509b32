package org.bridgework.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zoom's steps, and the size kept in the settings file (a hand-edited value is held to a step). */
class ZoomStepsTest {
    @Test
    void stepsUpAndDownStopAtTheEnds() {
        assertEquals(110, ZoomSteps.larger(100));
        assertEquals(200, ZoomSteps.larger(175));
        assertEquals(200, ZoomSteps.larger(200));
        assertEquals(175, ZoomSteps.smaller(200));
        assertEquals(100, ZoomSteps.smaller(110));
        assertEquals(100, ZoomSteps.smaller(100));
        assertEquals(125, ZoomSteps.larger(112), "from between two steps, the next one up");
    }

    @Test
    void aStoredSizeIsHeldToTheNearestStep() {
        assertEquals(150, ZoomSteps.parse("140"));
        assertEquals(200, ZoomSteps.parse("900"));
        assertEquals(100, ZoomSteps.parse("10"));
        assertEquals(100, ZoomSteps.parse("huge"));
        assertEquals(100, ZoomSteps.parse(null));
    }

    @Test
    void theSizeIsKeptWithTheSettings(@TempDir Path folder) throws Exception {
        AppSettings settings = AppSettings.load(folder);
        assertEquals(100, settings.zoom(), "the actual size at first");
        settings.setZoom(175);
        settings.save();
        assertEquals(175, AppSettings.load(folder).zoom());
        Files.writeString(folder.resolve("settings.properties"), "zoom=163\n");
        assertEquals(175, AppSettings.load(folder).zoom(), "held to a step");
    }
}
