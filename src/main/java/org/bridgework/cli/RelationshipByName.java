package org.bridgework.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipNames;
import org.bridgework.store.RelationshipRepository;
import org.bridgework.text.Texts;

/** Finds the relationship a command names with {@code --relationship}, as the app matches names. */
final class RelationshipByName {
    /** The most names listed when a name matches none. */
    private static final int NAMES_LISTED = 12;

    private RelationshipByName() {
    }

    /**
     * The one relationship of the portfolio called {@code name}; a failure lists the names there are, or says
     * that it is in the Trash.
     */
    static Relationship find(RelationshipRepository relationships, String name, Path workbook) throws CommandFailure {
        List<Relationship> all = relationships.findAll();
        List<Relationship> matches = all.stream().filter(r -> RelationshipNames.sameName(r.name(), name)).toList();
        if (matches.isEmpty()) {
            boolean inTrash = relationships.trash().stream().anyMatch(r -> RelationshipNames.sameName(r.name(), name));
            throw new CommandFailure(Texts.get(inTrash ? "cli.plan.inTrash" : "cli.plan.noSuchRelationship",
                    name, workbook, names(all)));
        }
        if (matches.size() > 1) {
            throw new CommandFailure(Texts.get("cli.plan.ambiguous", name, names(matches)));
        }
        return matches.get(0);
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
