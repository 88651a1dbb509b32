package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * A team workbook from before version 13, where everyone saw everything: upgraded by its owner, its
 * relationships belong to the owner and stay readable by the team, and new ones start private.
 */
class TeamPermissionsUpgradeTest {
    @Test
    void relationshipsFromBeforeSharingBelongToTheUpgraderAndStayReadableByTheTeam() throws Exception {
        TeamAddress workbook = PostgresServer.shared().freshWorkbookAddress();
        String owner = TeamLogins.create("owner");
        String colleague = TeamLogins.create("colleague");
        try (Connection connection = TeamLogins.plain(workbook, owner)) {
            TeamSchemaMigrations.create(connection, workbook.schema());
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + workbook.schema());
                // The version before sharing, found by the script's name (numbers move as versions are merged).
                int beforeSharing = SchemaMigrations.scriptNames().indexOf("0013-permissions.sql");
                for (int version = 1; version <= beforeSharing; version++) {
                    for (String part : SchemaMigrations.statements(TeamSchemaMigrations.script(version))) {
                        statement.execute(part);
                    }
                }
                statement.execute("UPDATE bridgework_schema SET version = " + beforeSharing);
                statement.execute("INSERT INTO relationship (name, created_at, updated_at) VALUES"
                        + " ('Acme', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            }
        }
        TeamLogins.grantTableAccess(workbook, colleague); // before the upgrade: its new tables need the grant again
        long fresh;
        try (TeamWorkbook asOwner = TeamWorkbook.open(TeamLogins.as(workbook, owner), null, FixedClock.now())) {
            long old = asOwner.relationships().findAll().get(0).id();
            assertEquals(owner, asOwner.collaboration().orElseThrow().permissions().of(old).orElseThrow().owner());
            assertTrue(asOwner.collaboration().orElseThrow().permissions().of(old).orElseThrow().teamReads());
            fresh = asOwner.relationships().create(Relationship.draft("Brightwater", FixedClock.NOW)).id();
        }
        TeamLogins.grantTableAccess(workbook, colleague);
        try (TeamWorkbook asColleague = TeamWorkbook.open(TeamLogins.as(workbook, colleague), null, FixedClock.now())) {
            assertEquals(List.of("Acme"), asColleague.relationships().findAll().stream().map(Relationship::name).toList());
            long old = asColleague.relationships().findAll().get(0).id();
            assertFalse(asColleague.collaboration().orElseThrow().permissions().mayEdit(old));
            assertTrue(asColleague.collaboration().orElseThrow().permissions().of(fresh).isEmpty());
        }
    }
}
