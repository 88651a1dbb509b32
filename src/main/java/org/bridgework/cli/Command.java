package org.bridgework.cli;

/** What the command line asks for. */
public enum Command {
    /** Open the window (the default). */
    RUN,
    /** Print the usage and exit. */
    HELP,
    /** Print the version and exit. */
    VERSION,
    /** Check a workbook without opening a window. */
    CHECK,
    /** Write the example workbook to a new file. */
    EXAMPLE
}
