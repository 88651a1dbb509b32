package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkbookLocationsTest {
    private static final Path HOME = Path.of("/home/maria");

    @Test
    void linuxUsesXdgDataHome() {
        assertEquals(Path.of("/data/maria/bridgework"),
                WorkbookLocations.dataFolder("Linux", Map.of("XDG_DATA_HOME", "/data/maria"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/maria/.local/share/bridgework"), WorkbookLocations.dataFolder("Linux", Map.of(), HOME));
        assertEquals(Path.of("/home/maria/.local/share/bridgework"),
                WorkbookLocations.dataFolder("Linux", Map.of("XDG_DATA_HOME", "relative/path"), HOME),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/home/maria/Library/Application Support/Bridgework"),
                WorkbookLocations.dataFolder("Mac OS X", Map.of(), HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/appdata/Bridgework"),
                WorkbookLocations.dataFolder("Windows 11", Map.of("APPDATA", "/appdata"), HOME));
    }
}
