package org.bridgework.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;

/**
 * {@code bridgework import --workbook postgresql://… IN.json}: the relationships of an export file into a team
 * workbook, all or nothing, as into a file; a team workbook is never made here ({@code bridgework new} does).
 * This is also how a local workbook is published to a team: export it, then import the file here.
 */
final class TeamImport {
    private TeamImport() {
    }

    /** @param named the file the user named, for messages ({@code source} may be its decrypted copy) */
    static int run(TeamAddress address, Path source, Path named, Clock clock, PrintWriter out, PrintWriter err) {
        try (TeamWorkbook book = TeamWorkbook.open(address, null, clock)) {
            ImportResult result = WorkbookImport.run(book, source);
            out.println(Texts.get("cli.import.done", result.imported().size(), named, address.displayName()));
            for (ImportResult.Rename rename : result.renamed()) {
                out.println(Texts.get("cli.import.renamed", rename.from(), rename.to()));
            }
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (ExchangeException e) {
            err.println(Texts.get("cli.import.refused", e.getMessage()));
        }
        return 1;
    }
}
