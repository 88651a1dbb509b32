package org.bridgework.cli;

import java.nio.file.Path;

/** Opens the window on a workbook, when the command line names no command; given by the launcher. */
@FunctionalInterface
public interface Window {
    /** @return the exit code once the window has closed, or -1 when the process should not exit by itself */
    int open(Path workbook);
}
