package org.bridgework.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.repair.RepairStep;

/**
 * The tables of a team workbook that hold a relationship's data, as the collaboration features see them: which
 * worksheet each belongs to and which of its columns are free text (whose every change the server keeps in
 * {@code text_history}). Names here are constants, so SQL built from them is safe; a name read from the
 * database is used only if it is one of these ({@link #textColumn}).
 */
final class TeamTables {
    /** The tables keyed by relationship id alone or with a position, and their free-text columns. */
    static final Map<String, List<String>> TEXT_COLUMNS = Map.ofEntries(
            Map.entry("relationship", List.of("name", "organisation", "contact_person", "owner", "notes")),
            Map.entry("assessment", List.of("decision_reason", "first_response_harm_contained",
                    "first_response_who_calls")),
            Map.entry("understanding", List.of("their_account", "our_account", "root_cause", "wider_problem_note")),
            Map.entry("incident", List.of("description")),
            Map.entry("ownership", List.of("what_we_did", "what_we_will_change", "spokesperson", "facts_for_them")),
            Map.entry("preparation", List.of("their_likely_view", "their_interests", "meeting_who")),
            Map.entry("fact", List.of("statement", "source")),
            Map.entry("key_message", List.of("message")),
            Map.entry("conversation", List.of("could_have_done_differently", "what_they_want_now",
                    "revealed_about_us", "agreed_next_steps")),
            Map.entry("conversation_participant", List.of("name")),
            Map.entry("reconciliation", List.of("apology_draft", "their_response", "what_we_forgive",
                    "how_we_move_on", "response_instead")),
            Map.entry("repair_offer", List.of("offer")),
            Map.entry("commitment", List.of("what", "owner", "measure_of_success", "evidence")),
            Map.entry("rebuilding", List.of("lessons_learned")),
            Map.entry("trust_check_in", List.of("note")),
            Map.entry("agenda_snooze", List.of("reason")));

    /** The tables of each worksheet (the relationship's own row, milestones and snoozes belong to none). */
    static final Map<RepairStep, List<String>> BY_STEP = Map.of(
            RepairStep.ASSESS, List.of("assessment"),
            RepairStep.UNDERSTAND, List.of("understanding", "incident"),
            RepairStep.OWN, List.of("ownership"),
            RepairStep.PREPARE, List.of("preparation", "fact", "key_message"),
            RepairStep.TALK, List.of("conversation", "conversation_participant"),
            RepairStep.APOLOGISE, List.of("reconciliation", "apology_component", "repair_offer"),
            RepairStep.ACT, List.of("commitment"),
            RepairStep.REBUILD, List.of("rebuilding", "trust_check_in"));

    /** Every table keyed by {@code relationship_id}; {@code relationship} itself is keyed by {@code id}. */
    static final List<String> CHILD_TABLES = List.of("repair_case", "assessment", "understanding", "incident",
            "ownership", "preparation", "fact", "key_message", "conversation", "conversation_participant",
            "reconciliation", "apology_component", "repair_offer", "commitment", "rebuilding", "trust_check_in",
            "step_milestone", "agenda_snooze");

    /** Tables with one row per relationship, no position. */
    private static final List<String> ONE_ROW = List.of("relationship", "repair_case", "assessment",
            "understanding", "ownership", "preparation", "reconciliation", "rebuilding");

    private TeamTables() {
    }

    /** The key column of the relationship in {@code table}. */
    static String relationshipKey(String table) {
        return "relationship".equals(table) ? "id" : "relationship_id";
    }

    /** Whether {@code table}'s rows are told apart by a position (a list) rather than one per relationship. */
    static boolean hasPosition(String table) {
        return !ONE_ROW.contains(table);
    }

    /** The column as this class names it, if {@code table} and {@code column} are a known free-text column. */
    static Optional<String> textColumn(String table, String column) {
        List<String> columns = TEXT_COLUMNS.get(table);
        return columns != null && columns.contains(column) ? Optional.of(column) : Optional.empty();
    }
}
