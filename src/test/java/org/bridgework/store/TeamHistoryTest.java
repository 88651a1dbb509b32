package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.Sharing;
import org.bridgework.model.team.TextChange;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every change to a repair's text is kept by the server, under the login that made it, and an earlier text can
 * be put back, which is itself a change in the history.
 */
class TeamHistoryTest {
    private TeamAddress workbook;
    private String ruth;
    private String sam;

    @BeforeEach
    void twoColleagues() throws Exception {
        workbook = PostgresServer.shared().freshWorkbookAddress();
        TeamWorkbook.create(workbook, null, FixedClock.now()).close();
        ruth = TeamLogins.create("ruth");
        sam = TeamLogins.create("sam");
        TeamLogins.grantTableAccess(workbook, ruth, sam);
    }

    @Test
    void eachTextChangeIsKeptWithWhoMadeItAndAnEarlierTextComesBack() throws Exception {
        long id;
        try (TeamWorkbook asRuth = open(ruth)) {
            id = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            asRuth.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(ruth).withEditors(List.of(sam)));
            RepairCase repair = asRuth.repairCases().load(id);
            asRuth.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Ruth's words")));
        }
        try (TeamWorkbook asSam = open(sam)) {
            RepairCase repair = asSam.repairCases().load(id);
            asSam.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Sam's words")));
        }
        try (TeamWorkbook asRuth = open(ruth)) {
            TeamHistory history = asRuth.collaboration().orElseThrow().history();
            List<TextChange> changes = rootCause(history.of(id));
            assertEquals(2, changes.size(), changes.toString());
            TextChange samsChange = changes.get(0);
            assertEquals(List.of(TextChange.Kind.CHANGED, "Ruth's words", "Sam's words", sam),
                    List.of(samsChange.kind(), samsChange.before(), samsChange.after(), samsChange.stamp().by()));
            assertEquals(List.of(TextChange.Kind.ADDED, "", "Ruth's words", ruth), List.of(changes.get(1).kind(),
                    changes.get(1).before(), changes.get(1).after(), changes.get(1).stamp().by()));

            history.restoreBefore(samsChange);

            assertEquals("Ruth's words", asRuth.repairCases().load(id).understanding().rootCause());
            TextChange restore = rootCause(history.of(id)).get(0);
            assertEquals(List.of("Sam's words", "Ruth's words", ruth),
                    List.of(restore.before(), restore.after(), restore.stamp().by()), "the restore is in the history");
            assertTrue(restore.id() > samsChange.id());
        }
    }

    @Test
    void aRemovedEntryKeepsItsTextButCannotBeWrittenBackInPlace() throws Exception {
        try (TeamWorkbook asRuth = open(ruth)) {
            long id = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            RepairCase repair = asRuth.repairCases().load(id);
            List<Incident> incidents = List.of(Incident.of(LocalDate.of(2026, 3, 1), "Late delivery", IncidentKind.OTHER),
                    Incident.of(null, "Wrong invoice", IncidentKind.OTHER));
            repair = repair.withUnderstanding(repair.understanding().withIncidents(incidents));
            asRuth.repairCases().save(repair);
            asRuth.repairCases().save(repair.withUnderstanding(repair.understanding().withIncidents(incidents.subList(0, 1))));

            TeamHistory history = asRuth.collaboration().orElseThrow().history();
            TextChange removed = history.of(id).get(0);
            assertEquals(List.of("incident.description", "1", TextChange.Kind.REMOVED, "Wrong invoice", ""),
                    List.of(removed.field(), removed.entry(), removed.kind(), removed.before(), removed.after()));
            StoreException refused = assertThrows(StoreException.class, () -> history.restoreBefore(removed));
            assertTrue(refused.getMessage().contains("no longer in the repair"), refused.getMessage());
        }
    }

    @Test
    void psqlEditsAreKeptAndTheHistoryCannotBeRewritten() throws Exception {
        long id;
        try (TeamWorkbook asRuth = open(ruth)) {
            id = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            asRuth.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(ruth).withEditors(List.of(sam)));
        }
        try (Connection psql = TeamLogins.plain(workbook, sam); Statement statement = psql.createStatement()) {
            statement.executeUpdate("UPDATE relationship SET notes = 'from psql' WHERE id = " + id);
            assertEquals(0, statement.executeUpdate("UPDATE text_history SET changed_by = 'ruth'"),
                    "row security lets a colleague change no row of it");
            statement.executeUpdate("INSERT INTO text_history (relationship_id, table_name, column_name, row_key,"
                    + " change, new_text, changed_by, changed_at) VALUES (" + id + ", 'relationship', 'notes', '',"
                    + " 'changed', 'forged', '" + ruth + "', '2001-01-01')");
        }
        try (Connection owner = PostgresServer.shared().connect(); Statement statement = owner.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE "
                    + workbook.schema() + ".text_history SET changed_by = 'ruth'"));
            assertTrue(refused.getMessage().contains("never changed"), "not even by a superuser: " + refused.getMessage());
        }
        try (TeamWorkbook asRuth = open(ruth)) {
            List<TextChange> changes = asRuth.collaboration().orElseThrow().history().of(id);
            assertEquals(List.of(sam, "forged"), List.of(changes.get(0).stamp().by(), changes.get(0).after()),
                    "a row added by hand carries its writer's own login");
            assertEquals(List.of(sam, "from psql"), List.of(changes.get(1).stamp().by(), changes.get(1).after()));
        }
    }

    @Test
    void aRelationshipDeletedForGoodTakesItsHistoryWithIt() throws Exception {
        try (TeamWorkbook asRuth = open(ruth)) {
            long id = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            RepairCase repair = asRuth.repairCases().load(id);
            asRuth.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("words")));
            assertTrue(asRuth.collaboration().orElseThrow().history().of(id).size() >= 2);
            asRuth.relationships().moveToTrash(id);
            assertEquals(1, asRuth.relationships().deleteForGood(List.of(id)));
            assertEquals(List.of(), asRuth.collaboration().orElseThrow().history().of(id));
        }
        try (Connection owner = PostgresServer.shared().connect(); Statement statement = owner.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + workbook.schema() + ".text_history")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    /** The triggers keep exactly the free-text columns (text, empty by default) of every table, as TeamTables says. */
    @Test
    void everyFreeTextColumnHasItsHistory() throws Exception {
        Map<String, List<String>> texts = new TreeMap<>();
        Map<String, List<String>> kept = new TreeMap<>();
        try (Connection owner = PostgresServer.shared().connect(); Statement statement = owner.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = '" + workbook.schema() + "' AND data_type = 'text' AND (column_default"
                    + " = '''''::text' OR (table_name, column_name) = ('relationship', 'name'))"
                    + " ORDER BY table_name, ordinal_position")) {
                while (rows.next()) {
                    texts.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT event_object_table, action_statement"
                    + " FROM information_schema.triggers WHERE trigger_schema = '" + workbook.schema() + "'"
                    + " AND trigger_name = 'keep_text_history' AND event_manipulation = 'UPDATE'")) {
                while (rows.next()) {
                    Matcher quoted = Pattern.compile("'([a-z_]+)'").matcher(rows.getString(2));
                    List<String> columns = new ArrayList<>();
                    while (quoted.find()) {
                        columns.add(quoted.group(1));
                    }
                    kept.put(rows.getString(1), columns);
                }
            }
        }
        assertEquals(texts, kept);
        assertEquals(texts, new TreeMap<>(TeamTables.TEXT_COLUMNS));
    }

    private TeamWorkbook open(String login) throws WorkbookException {
        return TeamWorkbook.open(TeamLogins.as(workbook, login), null, FixedClock.now());
    }

    private static List<TextChange> rootCause(List<TextChange> changes) {
        return changes.stream().filter(c -> c.field().equals("understanding.root_cause")).toList();
    }
}
