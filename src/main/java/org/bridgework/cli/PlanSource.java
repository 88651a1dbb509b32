package org.bridgework.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipNames;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanRequest;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.ProblemTexts;
import org.bridgework.text.Texts;

/**
 * Finds the relationship a {@code plan} or {@code print} command names, and what its plan is made from. Relationships
 * in the Trash are not found: they must be restored in the app first.
 */
final class PlanSource {
    /** The most names listed when a name matches none. */
    private static final int NAMES_LISTED = 12;

    private PlanSource() {
    }

    static PlanRequest load(Path workbook, PlanOptions options, Clock clock) throws CommandFailure {
        if (!Files.exists(workbook)) {
            // Never create a workbook just to find it empty.
            throw new CommandFailure(Texts.get("cli.check.missing", workbook));
        }
        String name = options.relationship().orElseThrow();
        try (Workbook book = openToRead(workbook, clock)) {
            List<Relationship> all = book.relationships().findAll();
            List<Relationship> matches = all.stream().filter(r -> RelationshipNames.sameName(r.name(), name)).toList();
            if (matches.isEmpty()) {
                boolean inTrash = book.relationships().trash().stream()
                        .anyMatch(r -> RelationshipNames.sameName(r.name(), name));
                throw new CommandFailure(Texts.get(inTrash ? "cli.plan.inTrash" : "cli.plan.noSuchRelationship",
                        name, workbook, names(all)));
            }
            if (matches.size() > 1) {
                throw new CommandFailure(Texts.get("cli.plan.ambiguous", name, names(matches)));
            }
            Relationship relationship = matches.get(0);
            RepairCase repair = book.repairCases().load(relationship.id());
            Paper paper = options.paper().orElseGet(() -> Paper.forLocale(Locale.getDefault()));
            return new PlanRequest(relationship, repair, LocalDate.now(clock), options.version(), paper);
        } catch (WorkbookException e) {
            throw new CommandFailure(ProblemTexts.describe(e));
        }
    }

    /**
     * Read-only while another Bridgework has the workbook open, so a plan can be made from a workbook open in a
     * window. Otherwise it is opened as the window would open it (an older format is upgraded, after a backup),
     * which leaves no log files behind, as a read-only look that is the last to close would.
     */
    private static Workbook openToRead(Path workbook, Clock clock) throws WorkbookException {
        if (Workbook.holder(workbook).isEmpty()) {
            try {
                return Workbook.open(workbook, clock);
            } catch (WorkbookException e) {
                if (e.problem() != org.bridgework.store.WorkbookProblem.OPEN_ELSEWHERE) {
                    throw e;
                }
                // A window opened it meanwhile: look at it as below.
            }
        }
        try {
            return Workbook.openReadOnly(workbook);
        } catch (WorkbookException e) {
            if (e.problem() != org.bridgework.store.WorkbookProblem.NEEDS_UPGRADE) {
                throw e;
            }
            // Upgrading means writing, which only the window that has it open may do.
            var holder = Workbook.holder(workbook);
            if (holder.isEmpty()) {
                return Workbook.open(workbook, clock);
            }
            throw new WorkbookException(workbook, holder.get(), e.detail());
        }
    }

    private static String names(List<Relationship> relationships) {
        if (relationships.isEmpty()) {
            return Texts.get("cli.plan.noRelationships");
        }
        String listed = relationships.stream().limit(NAMES_LISTED).map(r -> "\u201c" + r.name() + "\u201d")
                .collect(Collectors.joining(", "));
        return relationships.size() > NAMES_LISTED
                ? Texts.get("cli.plan.namesAndMore", listed, relationships.size() - NAMES_LISTED) : listed;
    }
}
