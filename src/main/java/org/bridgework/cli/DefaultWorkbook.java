package org.bridgework.cli;

import java.lang.reflect.Field;
import org.bridgework.store.WorkbookLocations;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The workbook in the data folder, for a {@code --workbook} that may be left out (the window, check, plan,
 * print); help shows it where a description says {@code ${DEFAULT-VALUE}}. The {@link RequiredWorkbook} of the
 * commands that write a new file or add to one (new, example, export, import) gets no default.
 */
final class DefaultWorkbook implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec argument) {
        // Not option.required(): picocli asks this provider to answer that.
        if (argument instanceof OptionSpec option && option.longestName().equals("--workbook")
                && !(option.userObject() instanceof Field field && field.getDeclaringClass() == RequiredWorkbook.class)) {
            return WorkbookLocations.defaultWorkbook().toString();
        }
        return null;
    }
}
