package org.bridgework.cli;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What the command line asks for, and the options each command accepts. */
public enum Command {
    /** Open the window (the default). */
    RUN(null, EnumSet.of(Option.WORKBOOK)),
    /** Print the usage and exit. */
    HELP(null, EnumSet.noneOf(Option.class)),
    /** Print the version and exit. */
    VERSION(null, EnumSet.noneOf(Option.class)),
    /** Check a workbook without opening a window. */
    CHECK("check", EnumSet.of(Option.WORKBOOK)),
    /** Write the example workbook to a new file. */
    EXAMPLE("example", EnumSet.of(Option.WORKBOOK)),
    /** Write one relationship's repair plan to a PDF file, without a window. */
    PLAN("plan", EnumSet.of(Option.WORKBOOK, Option.RELATIONSHIP, Option.OUT, Option.SHAREABLE, Option.PAPER),
            EnumSet.of(Option.RELATIONSHIP, Option.OUT)),
    /** Print one relationship's repair plan, as the Print… button does, without a dialog (for CI and scripts). */
    PRINT("print", EnumSet.of(Option.WORKBOOK, Option.RELATIONSHIP, Option.SHAREABLE, Option.PAPER, Option.PRINTER),
            EnumSet.of(Option.RELATIONSHIP)),
    /** Write a workbook's relationships (or one) to an export file, named after the options. */
    EXPORT("export", EnumSet.of(Option.WORKBOOK, Option.RELATIONSHIP), EnumSet.of(Option.WORKBOOK), true),
    /** Add the relationships of an export file, named after the options, to a workbook. */
    IMPORT("import", EnumSet.of(Option.WORKBOOK), EnumSet.of(Option.WORKBOOK), true);

    private final String word;
    private final Set<Option> accepted;
    private final Set<Option> required;
    private final boolean takesFile;

    Command(String word, Set<Option> accepted) {
        this(word, accepted, EnumSet.noneOf(Option.class));
    }

    Command(String word, Set<Option> accepted, Set<Option> required) {
        this(word, accepted, required, false);
    }

    /** @param takesFile true if the command needs one file named on its own, after or among the options */
    Command(String word, Set<Option> accepted, Set<Option> required, boolean takesFile) {
        this.word = word;
        this.accepted = accepted;
        this.required = required;
        this.takesFile = takesFile;
    }

    /** The command named by the first argument, if it names one. */
    static Optional<Command> ofWord(String argument) {
        for (Command command : values()) {
            if (command.word != null && command.word.equals(argument)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    boolean accepts(Option option) {
        return accepted.contains(option);
    }

    Set<Option> required() {
        return required;
    }

    boolean takesFile() {
        return takesFile;
    }

    /** The word that names the command on the command line; null for the window, help and version. */
    String word() {
        return word;
    }
}
