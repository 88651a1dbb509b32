package org.bridgework.cli;

import java.util.Optional;

/** The options of the command line; {@link Command} says which command takes which. */
enum Option {
    WORKBOOK("--workbook", "cli.error.missingValue"),
    RELATIONSHIP("--relationship", "cli.error.missingName"),
    OUT("--out", "cli.error.missingValue"),
    SHAREABLE("--shareable", null),
    PAPER("--paper", "cli.error.missingPaper"),
    PRINTER("--printer", "cli.error.missingName");

    private final String spelling;
    /** The message when the value is missing; null for a switch, which takes none. */
    private final String missingValueKey;

    Option(String spelling, String missingValueKey) {
        this.spelling = spelling;
        this.missingValueKey = missingValueKey;
    }

    static Optional<Option> ofSpelling(String argument) {
        for (Option option : values()) {
            if (option.spelling.equals(argument)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    String spelling() {
        return spelling;
    }

    boolean takesValue() {
        return missingValueKey != null;
    }

    String missingValueKey() {
        return missingValueKey;
    }
}
