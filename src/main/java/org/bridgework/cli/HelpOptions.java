package org.bridgework.cli;

import picocli.CommandLine.Option;

/** {@code --help} and {@code --version}, which every command takes. */
final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    @Option(names = "--version", versionHelp = true, descriptionKey = "version")
    private boolean version;
}
