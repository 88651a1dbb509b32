package org.bridgework.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;
import org.bridgework.ui.Fx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.feather.FeatherIkonHandler;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The icon font comes from the packaged app's copy when there is one, and from the icon pack's jar otherwise.
 * A file of another font under the pack's file name shows which of the two was read.
 */
@ExtendWith(ApplicationExtension.class)
class IconFontLoaderTest {
    private static final String PACK_FAMILY = "FeatherIcons";

    @TempDir
    Path folder;

    @Test
    void withoutAFolderTheFontComesFromThePack() {
        assertEquals(PACK_FAMILY, loadedFamily(new IconFontLoader(null)));
    }

    @Test
    void aCopyInTheFolderIsTheOneLoaded() throws IOException {
        copyOfAnotherFont(folder.resolve("feather.ttf"));
        assertEquals("DejaVu Sans", loadedFamily(new IconFontLoader(folder)));
    }

    @Test
    void aFolderWithoutTheCopyFallsBackToThePack() throws IOException {
        copyOfAnotherFont(folder.resolve("another-pack.ttf"));
        assertEquals(PACK_FAMILY, loadedFamily(new IconFontLoader(folder)));
    }

    @Test
    void aDamagedCopyFallsBackToThePack() throws IOException {
        Files.write(folder.resolve("feather.ttf"), new byte[] {0, 1, 0, 0, 'n', 'o', 't', ' ', 'a', ' ', 'f', 'o', 'n', 't'});
        assertEquals(PACK_FAMILY, loadedFamily(new IconFontLoader(folder)));
    }

    @Test
    void theSystemPropertyNamesTheFolder() throws IOException {
        copyOfAnotherFont(folder.resolve("feather.ttf"));
        String before = System.getProperty("bridgework.iconFonts");
        System.setProperty("bridgework.iconFonts", folder.toString());
        try {
            assertEquals("DejaVu Sans", loadedFamily(IconFontLoader.fromSystemProperty()));
        } finally {
            if (before == null) {
                System.clearProperty("bridgework.iconFonts");
            } else {
                System.setProperty("bridgework.iconFonts", before);
            }
        }
    }

    private static String loadedFamily(IconFontLoader loader) {
        IkonHandler handler = new FeatherIkonHandler();
        Fx.run(() -> loader.loadFont(handler));
        assertNotNull(handler.getFont(), "a font was loaded");
        return ((Font) handler.getFont()).getFamily();
    }

    /** The plan's DejaVu Sans under {@code name}: any real font other than the pack's. */
    private static void copyOfAnotherFont(Path name) throws IOException {
        try (InputStream font = IconFontLoaderTest.class.getResourceAsStream("/org/bridgework/plan/fonts/DejaVuSans.ttf")) {
            assertNotNull(font, "the plan's font is on the class path");
            Files.copy(font, name);
        }
    }
}
