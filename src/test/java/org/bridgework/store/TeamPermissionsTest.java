package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.Sharing;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may read and change a relationship, as the server enforces it whatever program asks: each colleague here
 * is a real login of their own, and most checks go through a plain JDBC connection, as psql would. The workbook
 * belongs to a login that is not a superuser (a superuser is never held by row security).
 */
class TeamPermissionsTest {
    private static TeamAddress workbook;
    private static String olivia;
    private static String sam;
    private static String tina;
    private static String dora;
    private static long kept;
    private static long shared;
    private static long teamRead;

    @BeforeAll
    static void aTeam() throws Exception {
        workbook = PostgresServer.shared().freshWorkbookAddress();
        olivia = TeamLogins.create("olivia");
        sam = TeamLogins.create("sam");
        tina = TeamLogins.create("tina");
        dora = TeamLogins.create("dora");
        try (TeamWorkbook asOlivia = TeamWorkbook.create(TeamLogins.as(workbook, olivia), null, FixedClock.now())) {
            TeamLogins.grantTableAccess(workbook, sam, tina, dora);
            TeamLogins.makeDirector(dora);
            kept = add(asOlivia, "Kept to Olivia");
            shared = add(asOlivia, "Shared with Sam");
            teamRead = add(asOlivia, "Read by the team");
            TeamPermissions permissions = asOlivia.collaboration().orElseThrow().permissions();
            permissions.share(shared, Sharing.privateTo(olivia).withEditors(List.of(sam)));
            permissions.share(teamRead, Sharing.privateTo(olivia).withTeamReads(true));
            assertTrue(permissions.enforced(), "the owner is held by the rules too");
        }
    }

    @Test
    void aColleagueOutsideTheSharingNeitherReadsNorChangesAPrivateRelationship() throws Exception {
        try (Connection psql = TeamLogins.plain(workbook, tina); Statement statement = psql.createStatement()) {
            assertEquals(List.of("Read by the team"), strings(statement, "SELECT name FROM relationship ORDER BY id"));
            assertEquals(List.of(teamRead + ""), strings(statement, "SELECT relationship_id FROM understanding"));
            assertEquals(List.of(teamRead + ""), strings(statement, "SELECT DISTINCT relationship_id FROM text_history"));
            assertEquals(0, statement.executeUpdate("UPDATE understanding SET root_cause = 'x'"), "not even team-read");
            assertEquals(0, statement.executeUpdate("UPDATE relationship SET notes = 'x'"));
            assertEquals(0, statement.executeUpdate("DELETE FROM relationship"));
            assertEquals(0, statement.executeUpdate("DELETE FROM understanding"));
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO incident (relationship_id, position, description) VALUES (" + kept + ", 9, 'x')"));
            assertEquals(TeamPermissions.INSUFFICIENT_PRIVILEGE, refused.getSQLState());
        }
        assertEquals("Olivia's words", rootCauseAsOwnerSees(kept), "nothing changed");
        try (TeamWorkbook asTina = open(tina)) {
            assertEquals(List.of("Read by the team"), asTina.relationships().findAll().stream().map(Relationship::name).toList());
            RepairCase readOnly = asTina.repairCases().load(teamRead);
            assertEquals("Olivia's words", readOnly.understanding().rootCause());
            assertThrows(NotPermittedException.class, () -> asTina.repairCases().save(
                    readOnly.withUnderstanding(readOnly.understanding().withRootCause("Tina's words"))));
            TeamPermissions permissions = asTina.collaboration().orElseThrow().permissions();
            assertFalse(permissions.mayEdit(teamRead));
            assertTrue(permissions.of(kept).isEmpty());
            assertThrows(NotPermittedException.class, () -> permissions.share(kept, Sharing.privateTo(tina)));
        }
        assertEquals("Olivia's words", rootCauseAsOwnerSees(teamRead));
        assertEquals(olivia, sharingAsOwnerSees(kept).owner(), "not taken over");
    }

    @Test
    void aColleagueItIsSharedWithChangesItButCannotShareOrDeleteIt() throws Exception {
        try (TeamWorkbook asSam = open(sam)) {
            assertEquals(List.of("Read by the team", "Shared with Sam"),
                    asSam.relationships().findAll().stream().map(Relationship::name).sorted().toList());
            RepairCase repair = asSam.repairCases().load(shared);
            asSam.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Sam's words")));
            TeamPermissions permissions = asSam.collaboration().orElseThrow().permissions();
            assertTrue(permissions.mayEdit(shared));
            NotPermittedException refused = assertThrows(NotPermittedException.class,
                    () -> permissions.share(shared, Sharing.privateTo(olivia).withEditors(List.of(sam, tina))));
            assertTrue(refused.getMessage().contains("may not change this relationship"), refused.getMessage());
        }
        assertEquals("Sam's words", rootCauseAsOwnerSees(shared));
        assertEquals(List.of(sam), sharingAsOwnerSees(shared).editors());
        try (Connection psql = TeamLogins.plain(workbook, sam); Statement statement = psql.createStatement()) {
            assertEquals(0, statement.executeUpdate("DELETE FROM relationship WHERE id = " + shared), "the owner's alone");
            assertEquals(1, statement.executeUpdate("UPDATE relationship SET notes = 'by Sam' WHERE id = " + shared));
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE relationship SET owned_by = '" + sam + "' WHERE id = " + shared));
            assertEquals(TeamPermissions.INSUFFICIENT_PRIVILEGE, refused.getSQLState());
        }
    }

    @Test
    void theLoginThatOwnsTheTablesIsHeldToTheRulesToo() throws Exception {
        long samsOwn;
        try (TeamWorkbook asSam = open(sam)) {
            samsOwn = asSam.relationships().create(Relationship.draft("Sam's own", FixedClock.NOW)).id();
        }
        try (Connection psql = TeamLogins.plain(workbook, olivia); Statement statement = psql.createStatement()) {
            assertEquals(List.of(), strings(statement, "SELECT name FROM relationship WHERE id = " + samsOwn));
            assertEquals(0, statement.executeUpdate("UPDATE relationship SET notes = 'x' WHERE id = " + samsOwn));
        }
    }

    @Test
    void theDirectorReadsEverythingAndChangesNothing() throws Exception {
        try (Connection psql = TeamLogins.plain(workbook, dora); Statement statement = psql.createStatement()) {
            assertTrue(strings(statement, "SELECT name FROM relationship").containsAll(
                    List.of("Kept to Olivia", "Shared with Sam", "Read by the team")));
            assertTrue(strings(statement, "SELECT relationship_id FROM understanding").containsAll(
                    List.of(kept + "", shared + "", teamRead + "")));
            assertEquals(0, statement.executeUpdate("UPDATE understanding SET root_cause = 'x'"));
            assertEquals(0, statement.executeUpdate("UPDATE relationship SET notes = 'x'"));
        }
        try (TeamWorkbook asDora = open(dora)) {
            assertEquals("Olivia's words", asDora.repairCases().load(kept).understanding().rootCause());
        }
    }

    @Test
    void whatTheOwnerSharesAColleagueSeesAndWhatSheTakesBackIsGoneAgain() throws Exception {
        long later;
        try (TeamWorkbook asOlivia = open(olivia)) {
            later = add(asOlivia, "Shared for a while");
            asOlivia.collaboration().orElseThrow().permissions().share(later,
                    Sharing.privateTo(olivia).withEditors(List.of(tina)));
        }
        try (Connection psql = TeamLogins.plain(workbook, tina); Statement statement = psql.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE understanding SET root_cause = 'Tina''s words'"
                    + " WHERE relationship_id = " + later));
        }
        try (TeamWorkbook asOlivia = open(olivia)) {
            asOlivia.collaboration().orElseThrow().permissions().share(later, Sharing.privateTo(olivia));
            assertEquals("Tina's words", asOlivia.repairCases().load(later).understanding().rootCause());
        }
        try (Connection psql = TeamLogins.plain(workbook, tina); Statement statement = psql.createStatement()) {
            assertEquals(List.of(), strings(statement, "SELECT id FROM relationship WHERE id = " + later));
            assertEquals(List.of(), strings(statement, "SELECT old_text FROM text_history WHERE relationship_id = " + later));
        }
    }

    @Test
    void aSuperuserIsNotHeldByTheRulesAndIsToldSo() throws Exception {
        try (TeamWorkbook asSuperuser = TeamWorkbook.open(workbook, null, FixedClock.now())) {
            assertFalse(asSuperuser.collaboration().orElseThrow().permissions().enforced());
        }
    }

    private static long add(TeamWorkbook store, String name) {
        long id = store.relationships().create(Relationship.draft(name, FixedClock.NOW)).id();
        RepairCase repair = store.repairCases().load(id);
        store.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Olivia's words")));
        return id;
    }

    private static TeamWorkbook open(String login) throws WorkbookException {
        return TeamWorkbook.open(TeamLogins.as(workbook, login), null, FixedClock.now());
    }

    private static String rootCauseAsOwnerSees(long id) throws WorkbookException {
        try (TeamWorkbook asOlivia = open(olivia)) {
            return asOlivia.repairCases().load(id).understanding().rootCause();
        }
    }

    private static Sharing sharingAsOwnerSees(long id) throws WorkbookException {
        try (TeamWorkbook asOlivia = open(olivia)) {
            return asOlivia.collaboration().orElseThrow().permissions().of(id).orElseThrow();
        }
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }
}
