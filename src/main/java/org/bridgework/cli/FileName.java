package org.bridgework.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.bridgework.text.Texts;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A file named on the command line; a blank name is refused rather than taken as the current folder. */
final class FileName implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException(Texts.get("cli.error.blankFile"));
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(Texts.get("cli.error.badFile", value, e.getReason()));
        }
    }
}
