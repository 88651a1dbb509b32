package org.bridgework.cli;

import java.nio.file.Path;

/** Names made from file names. */
final class FileNames {
    private FileNames() {
    }

    /** "work" for /home/me/work.db. */
    static String withoutExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
