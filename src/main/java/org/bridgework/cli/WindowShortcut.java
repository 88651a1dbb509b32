package org.bridgework.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.store.WorkbookLocations;

/**
 * The two command lines that open the window, {@code bridgework} and {@code bridgework --workbook FILE} (or
 * {@code --workbook=FILE}), recognised without building the whole command line: picocli reads every command's
 * annotations first, which cost about a quarter of a second of processor time at start-up on this machine.
 * Anything else, or a value that is not plainly a file name, goes to picocli, and
 * {@code CommandLineTest} checks that both read these command lines alike.
 */
final class WindowShortcut {
    private static final String OPTION = "--workbook";

    private WindowShortcut() {
    }

    /** The workbook to open the window on, if {@code args} plainly ask for the window; empty: ask picocli. */
    static Optional<Path> workbook(String[] args) {
        if (args.length == 0) {
            return Optional.of(WorkbookLocations.defaultWorkbook());
        }
        String value;
        if (args.length == 2 && args[0].equals(OPTION)) {
            value = args[1];
        } else if (args.length == 1 && args[0].startsWith(OPTION + "=")) {
            value = args[0].substring(OPTION.length() + 1);
        } else {
            return Optional.empty();
        }
        if (value.isBlank() || value.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FileName().convert(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
