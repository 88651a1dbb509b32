package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.Sharing;
import org.bridgework.model.team.TextChange;
import org.bridgework.model.team.TextConflict;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saves against the version read, by two people at once, each with a login and a connection of their own:
 * different texts of one worksheet both stand; the same text changed by both refuses the second save with both
 * texts, and keeps both.
 */
class TeamTextsTest {
    private TeamAddress workbook;
    private String olivia;
    private String sam;
    private TeamWorkbook asOlivia;
    private TeamWorkbook asSam;
    private long id;

    @BeforeEach
    void twoEditorsOfOneRepair() throws Exception {
        workbook = PostgresServer.shared().freshWorkbookAddress();
        olivia = TeamLogins.create("olivia");
        sam = TeamLogins.create("sam");
        asOlivia = TeamWorkbook.create(TeamLogins.as(workbook, olivia), null, FixedClock.now());
        TeamLogins.grantTableAccess(workbook, sam);
        id = asOlivia.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
        RepairCase repair = asOlivia.repairCases().load(id);
        asOlivia.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Where we began")
                .withIncidents(List.of(Incident.of(LocalDate.of(2026, 3, 1), "Late delivery", IncidentKind.OTHER)))));
        asOlivia.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(olivia).withEditors(List.of(sam)));
        asSam = TeamWorkbook.open(TeamLogins.as(workbook, sam), null, FixedClock.now());
    }

    @AfterEach
    void close() {
        asOlivia.close();
        asSam.close();
    }

    @Test
    void differentTextsOfOneWorksheetChangedByTwoBothStand() {
        VersionedTexts oliviaRead = texts(asOlivia).read(id, "understanding", "");
        VersionedTexts samRead = texts(asSam).read(id, "understanding", "");

        VersionedTexts afterOlivia = texts(asOlivia).save(id, "understanding", "", oliviaRead,
                Map.of("root_cause", "Olivia's root cause"));
        VersionedTexts afterSam = texts(asSam).save(id, "understanding", "", samRead,
                Map.of("their_account", "Sam's account of theirs"));

        assertTrue(afterSam.version() > afterOlivia.version() && afterOlivia.version() > oliviaRead.version());
        RepairCase stored = asOlivia.repairCases().load(id);
        assertEquals("Olivia's root cause", stored.understanding().rootCause());
        assertEquals("Sam's account of theirs", stored.understanding().theirAccount());
        assertEquals(stored.understanding().rootCause(), afterSam.texts().get("root_cause"), "the merged row comes back");
    }

    @Test
    void theSameTextChangedByTwoRefusesTheSecondWithBothTextsAndKeepsBoth() {
        VersionedTexts oliviaRead = texts(asOlivia).read(id, "understanding", "");
        VersionedTexts samRead = texts(asSam).read(id, "understanding", "");
        texts(asOlivia).save(id, "understanding", "", oliviaRead, Map.of("root_cause", "Olivia's words"));

        TextConflictException refused = assertThrows(TextConflictException.class, () -> texts(asSam).save(id,
                "understanding", "", samRead, Map.of("root_cause", "Sam's words", "our_account", "Sam's other text")));

        TextConflict conflict = refused.conflicts().get(0);
        assertEquals(1, refused.conflicts().size(), "our_account was changed by Sam alone");
        assertEquals(List.of("understanding.root_cause", "Where we began", "Olivia's words", "Sam's words", olivia),
                List.of(conflict.field(), conflict.base(), conflict.theirs(), conflict.mine(),
                        conflict.saved().orElseThrow().by()));
        RepairCase stored = asOlivia.repairCases().load(id);
        assertEquals("Olivia's words", stored.understanding().rootCause(), "not overwritten");
        assertEquals("", stored.understanding().ourAccount(), "a refused save writes nothing");
        List<TextConflict> kept = texts(asOlivia).unsettled(id);
        assertEquals(List.of("Sam's words", "Olivia's words"), List.of(kept.get(0).mine(), kept.get(0).theirs()),
                "the refused text is kept on the server, where its owner can see it too");

        VersionedTexts merged = texts(asSam).save(id, "understanding", "", refused.current(),
                Map.of("root_cause", "Olivia's words, and Sam's", "our_account", "Sam's other text"));
        texts(asSam).settle(id, conflict.field(), conflict.entry());

        assertEquals("Olivia's words, and Sam's", merged.texts().get("root_cause"));
        assertEquals(List.of(), texts(asOlivia).unsettled(id));
        List<String> history = asOlivia.collaboration().orElseThrow().history().of(id).stream()
                .filter(c -> c.field().equals("understanding.root_cause")).map(TextChange::after).toList();
        assertEquals(List.of("Olivia's words, and Sam's", "Olivia's words", "Where we began"), history);
    }

    @Test
    void aChangeMadeWithPsqlMeanwhileIsNotWrittenOver() throws Exception {
        VersionedTexts samRead = texts(asSam).read(id, "incident", "0");
        try (Connection psql = TeamLogins.plain(workbook, olivia); Statement statement = psql.createStatement()) {
            statement.executeUpdate("UPDATE incident SET description = 'Late, and short' WHERE relationship_id = " + id);
        }
        TextConflictException refused = assertThrows(TextConflictException.class, () -> texts(asSam).save(id,
                "incident", "0", samRead, Map.of("description", "Late by a week")));
        assertEquals("Late, and short", refused.conflicts().get(0).theirs());
        assertEquals("Late, and short", asOlivia.repairCases().load(id).understanding().incidents().get(0).description());
    }

    @Test
    void twoSavingTheSameWordsIsNoConflict() {
        VersionedTexts oliviaRead = texts(asOlivia).read(id, "understanding", "");
        VersionedTexts samRead = texts(asSam).read(id, "understanding", "");
        texts(asOlivia).save(id, "understanding", "", oliviaRead, Map.of("root_cause", "Agreed words"));
        texts(asSam).save(id, "understanding", "", samRead, Map.of("root_cause", "Agreed words"));
        assertEquals(List.of(), texts(asOlivia).unsettled(id));
    }

    @Test
    void aColleagueWhoMayOnlyReadIsRefusedAndNothingChanges() throws Exception {
        String tina = TeamLogins.create("tina");
        TeamLogins.grantTableAccess(workbook, tina);
        asOlivia.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(olivia).withTeamReads(true));
        try (TeamWorkbook asTina = TeamWorkbook.open(TeamLogins.as(workbook, tina), null, FixedClock.now())) {
            VersionedTexts read = texts(asTina).read(id, "understanding", "");
            assertThrows(NotPermittedException.class, () -> texts(asTina).save(id, "understanding", "", read,
                    Map.of("root_cause", "Tina's words")));
        }
        assertEquals("Where we began", asOlivia.repairCases().load(id).understanding().rootCause());
    }

    private static TeamTexts texts(TeamWorkbook store) {
        return store.collaboration().orElseThrow().texts();
    }
}
