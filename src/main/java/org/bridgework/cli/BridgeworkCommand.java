package org.bridgework.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bridgework [--workbook FILE]}: opens the window; with a command word first, runs that command instead.
 * Every command is listed here, and only here: adding one is adding its class to {@code subcommands}.
 */
@Command(name = "bridgework",
        subcommands = {
            CheckCommand.class,
            NewCommand.class,
            ExampleCommand.class,
            PlanCommand.class,
            CalendarCommand.class,
            BriefCommand.class,
            PrintCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ApologyCheckCommand.class,
        })
final class BridgeworkCommand implements Callable<Integer> {
    @Option(names = "--workbook", paramLabel = "FILE", descriptionKey = "workbook.window",
            converter = FileName.class)
    private Path workbook;

    @Mixin
    private HelpOptions help;

    private final Window window;

    BridgeworkCommand(Window window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return window.open(workbook);
    }
}
