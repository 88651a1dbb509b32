package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Understanding;

/** Step 2, understand: the {@code understanding} and {@code incident} tables. */
final class UnderstandingRows {
    private static final SheetTable UNDERSTANDING = new SheetTable("understanding",
            "breach_override", "their_account", "our_account", "root_cause", "wider_problem", "wider_problem_note");
    private static final ListTable INCIDENT = new ListTable("incident", "happened_on", "description", "kind")
            .dated(DatedEntries.INCIDENT);

    private UnderstandingRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(UNDERSTANDING, r -> r.understanding().withIncidents(List.of()), repair, (p, u) -> p
                .word(u.breachOverride()).text(u.theirAccount()).text(u.ourAccount()).text(u.rootCause())
                .flag(u.widerProblem()).text(u.widerProblemNote()));
        write.list(INCIDENT, r -> r.understanding().incidents(), repair,
                (p, i) -> p.date(i.date()).text(i.description()).word(i.kind()));
    }

    /** The worksheet, with only the incidents dated on or before {@code through} if given. */
    static Understanding read(Connection connection, long relationshipId, Optional<LocalDate> through,
                              ListPositions found) throws SQLException {
        Understanding sheet = UNDERSTANDING.read(connection, relationshipId, row -> new Understanding(null,
                Columns.optionalWord(row, "breach_override", BreachType.class), Columns.text(row, "their_account"),
                Columns.text(row, "our_account"), Columns.text(row, "root_cause"), Columns.flag(row, "wider_problem"),
                Columns.text(row, "wider_problem_note"))).orElse(Understanding.empty());
        return sheet.withIncidents(INCIDENT.read(connection, relationshipId, through, row -> new Incident(
                Columns.optionalDate(row, "happened_on"), Columns.text(row, "description"),
                Columns.word(row, "kind", IncidentKind.class)), found));
    }
}
