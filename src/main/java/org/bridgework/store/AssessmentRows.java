package org.bridgework.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;
import org.bridgework.fields.AssessFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Verdict;

/**
 * Step 1, assess: the {@code assessment} table. The decision is in the same row, by hand: a decision not
 * made yet leaves its verdict NULL (and its reason empty), which no described kind of field expresses.
 */
final class AssessmentRows {
    private static final SheetTable ASSESSMENT = new SheetTable("assessment", Stream.concat(
            Stream.of(SheetColumns.names(AssessFields.SHEET)), Stream.of("decision", "decision_reason", "revisit_on"))
            .toArray(String[]::new));

    private AssessmentRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        Parameters.Binder<Assessment> fields = SheetColumns.binder(AssessFields.SHEET);
        write.sheet(ASSESSMENT, RepairCase::assessment, repair, (p, a) -> {
            fields.bind(p, a);
            p.word(a.decision().map(ManagerDecision::verdict))
                    .text(a.decision().map(ManagerDecision::reason).orElse(""))
                    .date(a.decision().flatMap(ManagerDecision::revisitOn));
        });
    }

    static Assessment read(Connection connection, long relationshipId) throws SQLException {
        return ASSESSMENT.read(connection, relationshipId, row -> SheetColumns.read(row, AssessFields.SHEET,
                new Values().put(AssessFields.DECISION, decision(row)))).orElse(Assessment.empty());
    }

    /** No verdict means no decision yet; the reason and date belong to a decision. */
    static Optional<ManagerDecision> decision(ResultSet row) throws SQLException {
        Optional<Verdict> verdict = Columns.optionalWord(row, "decision", Verdict.class);
        if (verdict.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ManagerDecision(verdict.get(), Columns.text(row, "decision_reason"),
                Columns.optionalDate(row, "revisit_on")));
    }
}
