package org.bridgework.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanRequest;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookStore;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.text.Texts;

/**
 * Finds the relationship a {@code plan} or {@code print} command names, and what its plan is made from. Relationships
 * in the Trash are not found: they must be restored in the app first.
 */
final class PlanSource {
    private PlanSource() {
    }

    static PlanRequest load(Path workbook, PlanOptions options, Clock clock) throws CommandFailure {
        if (!TeamArgument.isTeam(workbook) && !Files.exists(workbook)) {
            // Never create a workbook just to find it empty.
            throw new CommandFailure(Texts.get("cli.check.missing", workbook));
        }
        String name = options.relationship().orElseThrow();
        try (WorkbookStore book = WorkbookForReading.open(workbook, clock)) {
            Relationship relationship = RelationshipByName.find(book.relationships(), name, workbook);
            RepairCase repair = book.repairCases().load(relationship.id());
            Paper paper = options.paper().orElseGet(() -> Paper.forLocale(Locale.getDefault()));
            // A team workbook's server knows who last changed it; a workbook file records no names.
            Optional<ChangeStamp> lastChange = book.collaboration()
                    .flatMap(team -> team.stamps().lastChange(relationship.id()));
            return new PlanRequest(relationship, repair, LocalDate.now(clock), options.version(), paper, lastChange);
        } catch (WorkbookException e) {
            throw new CommandFailure(ProblemTexts.describe(e));
        }
    }
}
