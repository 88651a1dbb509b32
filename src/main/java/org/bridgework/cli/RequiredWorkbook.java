package org.bridgework.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workbook FILE} for a command that writes a workbook: it must be named, never the default by chance. */
final class RequiredWorkbook {
    @Option(names = "--workbook", paramLabel = "FILE", required = true, descriptionKey = "workbook.write",
            converter = FileName.class)
    Path workbook;
}
