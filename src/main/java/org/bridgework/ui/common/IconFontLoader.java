package org.bridgework.ui.common;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;
import org.kordamp.ikonli.FontLoader;
import org.kordamp.ikonli.IkonHandler;

/**
 * Loads an icon pack's font for Ikonli, from a copy in the packaged app's {@code fonts} folder when there is one.
 * Ikonli's own loader hands JavaFX the font inside its jar, and JavaFX copies a font it cannot open as a file
 * to a temporary file first (which also sets up the JDK's secure random numbers, for the file's name): about
 * 25 ms of the first frame on the benchmark machine, against 2 ms from a file (docs/benchmarks.md, "Start-up").
 * Without the folder (a developer's run, the tests) or without the copy, it loads the jar's font as Ikonli would.
 */
final class IconFontLoader implements FontLoader {
    /** The size Ikonli loads its fonts at; each icon sets its own size afterwards. */
    private static final double SIZE = 16;

    private final Path folder;

    /** @param folder where the packaged app keeps its copies of the icon fonts; null for none */
    IconFontLoader(Path folder) {
        this.folder = folder;
    }

    /** The folder named by the system property {@code bridgework.iconFonts} (the packaged app's launcher sets it). */
    static IconFontLoader fromSystemProperty() {
        String folder = System.getProperty("bridgework.iconFonts");
        return new IconFontLoader(folder == null || folder.isBlank() ? null : Path.of(folder));
    }

    @Override
    public void loadFont(IkonHandler handler) {
        URL resource = handler.getFontResource();
        Font font = null;
        Path copy = copyOf(resource);
        if (copy != null) {
            font = Font.loadFont(copy.toUri().toString(), SIZE);
        }
        if (font == null && resource != null) {
            font = Font.loadFont(resource.toExternalForm(), SIZE);
        }
        handler.setFont(font);
    }

    /** The copy of {@code resource} in the folder (the same file name), or null. */
    private Path copyOf(URL resource) {
        if (folder == null || resource == null) {
            return null;
        }
        String path = resource.getPath();
        Path copy = folder.resolve(path.substring(path.lastIndexOf('/') + 1));
        return Files.isRegularFile(copy) ? copy : null;
    }
}
