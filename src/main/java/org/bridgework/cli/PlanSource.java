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
        try (Workbook book = Workbook.open(workbook, clock)) {
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
