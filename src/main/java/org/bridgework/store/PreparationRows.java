package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.RepairCase;

/** Step 4, prepare: the {@code preparation}, {@code fact} and {@code key_message} tables. */
final class PreparationRows {
    private static final SheetTable PREPARATION = new SheetTable("preparation",
            "their_likely_view", "their_interests", "apology_warranted", "meeting_who", "meeting_on",
            "meeting_channel");
    private static final ListTable FACT = new ListTable("fact", "statement", "source");
    private static final ListTable KEY_MESSAGE = new ListTable("key_message", "message");

    private PreparationRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(PREPARATION, PreparationRows::sheet, repair, (p, prep) -> p.text(prep.theirLikelyView())
                .text(prep.theirInterests()).word(prep.apologyWarranted()).text(prep.meeting().who())
                .date(prep.meeting().when()).word(prep.meeting().channel()));
        write.list(FACT, r -> r.preparation().facts(), repair, (p, f) -> p.text(f.statement()).text(f.source()));
        write.list(KEY_MESSAGE, r -> r.preparation().keyMessages(), repair, Parameters::text);
    }

    /** The fields of the {@code preparation} row: the worksheet without its lists. */
    private static Preparation sheet(RepairCase repair) {
        Preparation p = repair.preparation();
        return new Preparation(null, p.theirLikelyView(), p.theirInterests(), null, p.apologyWarranted(), p.meeting());
    }

    static Preparation read(Connection connection, long relationshipId, ListPositions found) throws SQLException {
        Preparation sheet = PREPARATION.read(connection, relationshipId, row -> new Preparation(null,
                Columns.text(row, "their_likely_view"), Columns.text(row, "their_interests"), null,
                Columns.word(row, "apology_warranted", ApologyWarranted.class),
                new MeetingPlan(Columns.text(row, "meeting_who"), Columns.optionalDate(row, "meeting_on"),
                        Columns.optionalWord(row, "meeting_channel", Channel.class)))).orElse(Preparation.empty());
        List<Fact> facts = FACT.read(connection, relationshipId,
                row -> new Fact(Columns.text(row, "statement"), Columns.text(row, "source")), found);
        List<String> keyMessages = KEY_MESSAGE.read(connection, relationshipId, row -> Columns.text(row, "message"), found);
        return new Preparation(facts, sheet.theirLikelyView(), sheet.theirInterests(), keyMessages,
                sheet.apologyWarranted(), sheet.meeting());
    }
}
