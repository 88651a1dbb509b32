package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Preparation;

/** Step 4, prepare: the {@code preparation}, {@code fact} and {@code key_message} tables. */
final class PreparationRows {
    private static final SheetTable PREPARATION = new SheetTable("preparation",
            "their_likely_view", "their_interests", "apology_warranted", "meeting_who", "meeting_on",
            "meeting_channel");
    private static final ListTable FACT = new ListTable("fact", "statement", "source");
    private static final ListTable KEY_MESSAGE = new ListTable("key_message", "message");

    private PreparationRows() {
    }

    static void write(Connection connection, long relationshipId, Preparation preparation) throws SQLException {
        PREPARATION.write(connection, relationshipId, preparation, (p, prep) -> p.text(prep.theirLikelyView())
                .text(prep.theirInterests()).word(prep.apologyWarranted()).text(prep.meeting().who())
                .date(prep.meeting().when()).word(prep.meeting().channel()));
        FACT.replace(connection, relationshipId, preparation.facts(), (p, f) -> p.text(f.statement()).text(f.source()));
        KEY_MESSAGE.replace(connection, relationshipId, preparation.keyMessages(), Parameters::text);
    }

    static Preparation read(Connection connection, long relationshipId) throws SQLException {
        Preparation sheet = PREPARATION.read(connection, relationshipId, row -> new Preparation(null,
                Columns.text(row, "their_likely_view"), Columns.text(row, "their_interests"), null,
                Columns.word(row, "apology_warranted", ApologyWarranted.class),
                new MeetingPlan(Columns.text(row, "meeting_who"), Columns.optionalDate(row, "meeting_on"),
                        Columns.optionalWord(row, "meeting_channel", Channel.class)))).orElse(Preparation.empty());
        List<Fact> facts = FACT.read(connection, relationshipId,
                row -> new Fact(Columns.text(row, "statement"), Columns.text(row, "source")));
        List<String> keyMessages = KEY_MESSAGE.read(connection, relationshipId, row -> Columns.text(row, "message"));
        return new Preparation(facts, sheet.theirLikelyView(), sheet.theirInterests(), keyMessages,
                sheet.apologyWarranted(), sheet.meeting());
    }
}
