package org.bridgework.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bridgework.fields.ActFields;
import org.bridgework.fields.AssessFields;
import org.bridgework.fields.OwnFields;
import org.bridgework.fields.PrepareFields;
import org.bridgework.fields.RebuildFields;
import org.bridgework.fields.TalkFields;
import org.bridgework.fields.UnderstandFields;
import org.bridgework.fields.ApologiseFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Understanding;

/**
 * The stage of every repair of the portfolio, for the portfolio list, read with one query per table for all
 * relationships at once instead of reading each repair whole (a dozen queries per relationship, which on a
 * server is a dozen round trips each). The stage is still worked out by the model's rules
 * ({@link RepairCase#stage()}), from repairs holding every field those rules look at; the lists and fields they
 * do not look at (facts, participants, apology components and offers, trust check-ins) are left blank.
 */
final class PortfolioStages {
    private static final String LIVE = " t JOIN relationship r ON r.id = t.relationship_id WHERE r.deleted_at IS NULL";

    private final Connection connection;

    PortfolioStages(Connection connection) {
        this.connection = connection;
    }

    /** By relationship id, for each relationship not in the Trash with a stored repair. */
    Map<Long, RepairStep> read() {
        // One transaction, so every table is read as of one moment.
        return Transactions.inTransaction(connection, "Could not read the stages of the repairs", this::readAll);
    }

    private Map<Long, RepairStep> readAll() throws SQLException {
        Map<Long, RepairStep> steps = sheet("repair_case", new String[] {"current_step"},
                row -> Columns.word(row, "current_step", RepairStep.class));
        Map<Long, Assessment> assessments = sheet("assessment", Stream.concat(
                Stream.of(SheetColumns.names(AssessFields.SHEET)), Stream.of("decision", "decision_reason", "revisit_on"))
                .toArray(String[]::new), row -> SheetColumns.read(row, AssessFields.SHEET,
                new Values().put(AssessFields.DECISION, AssessmentRows.decision(row))));
        Map<Long, List<Incident>> incidents = list("incident", SheetColumns.names(UnderstandFields.INCIDENT),
                row -> SheetColumns.read(row, UnderstandFields.INCIDENT, new Values()));
        Map<Long, Understanding> understandings = sheet("understanding", SheetColumns.names(UnderstandFields.SHEET),
                row -> SheetColumns.read(row, UnderstandFields.SHEET, new Values().put(UnderstandFields.INCIDENTS,
                        incidents.getOrDefault(row.getLong("relationship_id"), List.of()))));
        Map<Long, Ownership> ownerships = sheet("ownership", SheetColumns.names(OwnFields.SHEET),
                row -> SheetColumns.read(row, OwnFields.SHEET, new Values()));
        Map<Long, List<String>> keyMessages = list("key_message", new String[] {"message"},
                row -> Columns.text(row, "message"));
        Map<Long, Preparation> preparations = sheet("preparation", SheetColumns.names(PrepareFields.SHEET),
                row -> SheetColumns.read(row, PrepareFields.SHEET, new Values().put(PrepareFields.FACTS, List.of())
                        .put(PrepareFields.KEY_MESSAGES, keyMessages.getOrDefault(row.getLong("relationship_id"),
                                List.of()))));
        Map<Long, List<Conversation>> conversations = list("conversation", SheetColumns.names(TalkFields.CONVERSATION),
                row -> SheetColumns.read(row, TalkFields.CONVERSATION,
                        new Values().put(TalkFields.PARTICIPANTS, List.of())));
        Map<Long, Reconciliation> reconciliations = sheet("reconciliation", SheetColumns.names(ApologiseFields.SHEET),
                row -> SheetColumns.read(row, ApologiseFields.SHEET, new Values()
                        .put(ApologiseFields.TICKED, java.util.Set.of()).put(ApologiseFields.OFFERS, List.of())));
        Map<Long, List<Commitment>> commitments = list("commitment", SheetColumns.names(ActFields.COMMITMENT),
                row -> SheetColumns.read(row, ActFields.COMMITMENT, new Values()));
        Map<Long, Rebuilding> rebuildings = sheet("rebuilding", SheetColumns.names(RebuildFields.SHEET),
                row -> SheetColumns.read(row, RebuildFields.SHEET, new Values().put(RebuildFields.CHECK_INS, List.of())));

        Map<Long, RepairStep> stages = new HashMap<>();
        steps.forEach((id, step) -> {
            Preparation preparation = preparations.get(id);
            if (preparation == null) {
                preparation = SheetColumns.absent(PrepareFields.SHEET, new Values().put(PrepareFields.FACTS, List.of())
                        .put(PrepareFields.KEY_MESSAGES, keyMessages.getOrDefault(id, List.of())));
            }
            Understanding understanding = understandings.get(id);
            if (understanding == null) {
                understanding = SheetColumns.absent(UnderstandFields.SHEET,
                        new Values().put(UnderstandFields.INCIDENTS, incidents.getOrDefault(id, List.of())));
            }
            RepairCase repair = new RepairCase(id, step, assessments.get(id), understanding, ownerships.get(id),
                    preparation, new Dialogue(conversations.getOrDefault(id, List.of())), reconciliations.get(id),
                    new ActionPlan(commitments.getOrDefault(id, List.of())), rebuildings.get(id));
            stages.put(id, repair.stage());
        });
        return Map.copyOf(stages);
    }

    /** A worksheet's row of each relationship that has one. */
    private <T> Map<Long, T> sheet(String table, String[] columns, Columns.Reader<T> reader) throws SQLException {
        Map<Long, T> result = new HashMap<>();
        forEachRow("SELECT t.relationship_id AS relationship_id, " + qualified(columns) + " FROM " + table + LIVE,
                row -> result.put(row.getLong("relationship_id"), reader.read(row)));
        return result;
    }

    /** A list's entries of each relationship, in the order the user gave them. */
    private <T> Map<Long, List<T>> list(String table, String[] columns, Columns.Reader<T> reader) throws SQLException {
        Map<Long, List<T>> result = new HashMap<>();
        forEachRow("SELECT t.relationship_id AS relationship_id, " + qualified(columns) + " FROM " + table + LIVE
                + " ORDER BY t.relationship_id, t.position", row -> result.computeIfAbsent(row.getLong("relationship_id"),
                        id -> new ArrayList<>()).add(reader.read(row)));
        return result;
    }

    private void forEachRow(String sql, Columns.Reader<Object> each) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                each.read(rows);
            }
        }
    }

    /** {@code t.a AS a, t.b AS b}: the worksheet's columns under their own names, whatever the driver does. */
    private static String qualified(String[] columns) {
        return String.join(", ", Stream.of(columns).map(c -> "t." + c + " AS " + c).toList());
    }
}
