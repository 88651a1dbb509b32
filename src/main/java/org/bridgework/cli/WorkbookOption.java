package org.bridgework.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workbook FILE} for a command that reads a workbook: the one in the data folder when left out. */
final class WorkbookOption {
    @Option(names = "--workbook", paramLabel = "FILE", descriptionKey = "workbook.read", converter = FileName.class)
    Path workbook;
}
