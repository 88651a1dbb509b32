package org.bridgework.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@code settings.properties}, and sets aside one that cannot be used so that the next save does not
 * destroy it. "Cannot be used" means: the system will not let it be read, it holds control bytes no editor writes,
 * it is far too large, or {@link Properties#load} refuses it. A single odd value is {@link AppSettings}' concern.
 */
final class SettingsFile {
    /** Real settings are a few hundred bytes; a file this large was not written by Bridgework. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());

    /** What was read: the properties (none when there is no file or it was set aside), and why it was set aside. */
    record Read(Properties properties, Optional<AppSettings.Broken> broken) {
    }

    private SettingsFile() {
    }

    static Read read(Path file) {
        try {
            return new Read(properties(file), Optional.empty());
        } catch (Unusable e) {
            return new Read(new Properties(), Optional.of(setAside(file, e.reason, e.getCause())));
        }
    }

    /** The file's properties; none if there is no file. */
    private static Properties properties(Path file) throws Unusable {
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw new Unusable(AppSettings.Reason.TOO_LARGE, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Properties();
        } catch (IOException e) {
            throw new Unusable(AppSettings.Reason.UNREADABLE, e);
        }
        if (!isText(bytes)) {
            throw new Unusable(AppSettings.Reason.NOT_TEXT, null);
        }
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(bytes));
        } catch (IOException | IllegalArgumentException e) {
            throw new Unusable(AppSettings.Reason.MALFORMED, e);
        }
        return properties;
    }

    /**
     * Control characters other than tab, line breaks and form feed: {@link Properties#store} escapes them and a
     * text editor does not write them, so such a file is damaged (often zeros left by a crash), not edited.
     */
    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            boolean control = (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f;
            if (control) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unusable file aside, replacing an older one; logs what happened, never the file's contents. */
    private static AppSettings.Broken setAside(Path file, AppSettings.Reason reason, Throwable cause) {
        Path kept = file.resolveSibling(AppSettings.BROKEN_FILE_NAME);
        try {
            try {
                Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            // Another Bridgework starting at the same moment set it aside first.
            if (!Files.exists(kept)) {
                return logged(new AppSettings.Broken(reason, file, Optional.empty()), cause);
            }
        } catch (IOException e) {
            if (cause != null) {
                e.addSuppressed(cause);
            }
            return logged(new AppSettings.Broken(reason, file, Optional.empty()), e);
        }
        return logged(new AppSettings.Broken(reason, file, Optional.of(kept)), cause);
    }

    private static AppSettings.Broken logged(AppSettings.Broken broken, Throwable cause) {
        String what = "Settings file not usable (" + broken.reason() + "), defaults in force; "
                + (broken.keptAs().isPresent() ? "kept as " + AppSettings.BROKEN_FILE_NAME : "it could not be set aside");
        LOG.log(System.Logger.Level.WARNING, what, cause);
        return broken;
    }

    /** Why the file cannot be used, and the failure behind it if there was one. */
    private static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient AppSettings.Reason reason;

        Unusable(AppSettings.Reason reason, Throwable cause) {
            super(reason.name(), cause, false, false);
            this.reason = reason;
        }
    }
}
