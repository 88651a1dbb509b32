package org.bridgework.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A parsed command line.
 *
 * @param command  what to do
 * @param workbook the workbook named with {@code --workbook}, if any
 */
public record CommandLine(Command command, Optional<Path> workbook) {

    /**
     * Parses the arguments.
     *
     * @throws UsageException for an unknown option, a missing value or a repeated one
     */
    public static CommandLine parse(String... args) throws UsageException {
        Command command = Command.RUN;
        Path workbook = null;
        int i = 0;
        if (args.length > 0 && (args[0].equals("check") || args[0].equals("example"))) {
            command = args[0].equals("check") ? Command.CHECK : Command.EXAMPLE;
            i = 1;
        }
        for (; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new CommandLine(Command.HELP, Optional.empty());
                }
                case "--version" -> {
                    return new CommandLine(Command.VERSION, Optional.empty());
                }
                case "--workbook" -> {
                    if (workbook != null) {
                        throw new UsageException("cli.error.repeated", arg);
                    }
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new UsageException("cli.error.missingValue", arg);
                    }
                    workbook = Path.of(args[++i]);
                }
                default -> {
                    if (arg.startsWith("--workbook=")) {
                        throw new UsageException("cli.error.useSpace", arg);
                    }
                    throw new UsageException("cli.error.unknown", arg);
                }
            }
        }
        return new CommandLine(command, Optional.ofNullable(workbook));
    }
}
