package org.bridgework.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;

/** Step 8, rebuild: the {@code rebuilding} and {@code trust_check_in} tables. */
final class RebuildingRows {
    private static final SheetTable REBUILDING = new SheetTable("rebuilding", "outcome", "lessons_learned");
    private static final ListTable TRUST_CHECK_IN = new ListTable("trust_check_in", "taken_on",
            "our_trust_ability", "our_trust_benevolence", "our_trust_integrity",
            "their_trust_ability", "their_trust_benevolence", "their_trust_integrity", "note")
            .dated(DatedEntries.CHECK_IN);

    private RebuildingRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(REBUILDING, r -> new Rebuilding(null, r.rebuilding().outcome(), r.rebuilding().lessonsLearned()),
                repair, (p, r) -> p.word(r.outcome()).text(r.lessonsLearned()));
        write.list(TRUST_CHECK_IN, r -> r.rebuilding().checkIns(), repair, (p, c) -> {
            p.date(c.date());
            bind(p, c.ourTrust());
            bind(p, c.theirTrust());
            p.text(c.note());
        });
    }

    /** The worksheet, with only the check-ins taken on or before {@code through} if given. */
    static Rebuilding read(Connection connection, long relationshipId, Optional<LocalDate> through,
                           ListPositions found) throws SQLException {
        List<TrustCheckIn> checkIns = TRUST_CHECK_IN.read(connection, relationshipId, through, row -> new TrustCheckIn(
                Columns.date(row, "taken_on"), ratings(row, "our_trust_"), ratings(row, "their_trust_"),
                Columns.text(row, "note")), found);
        return REBUILDING.read(connection, relationshipId, row -> new Rebuilding(checkIns,
                Columns.optionalWord(row, "outcome", Outcome.class), Columns.text(row, "lessons_learned")))
                .orElse(new Rebuilding(checkIns, null, ""));
    }

    /** Kept exactly as given, out-of-range values included: the rules layer reports those. */
    private static void bind(Parameters p, TrustRatings ratings) throws SQLException {
        p.number(ratings.ability()).number(ratings.benevolence()).number(ratings.integrity());
    }

    private static TrustRatings ratings(ResultSet row, String perspective) throws SQLException {
        return new TrustRatings(Columns.number(row, perspective + "ability"),
                Columns.number(row, perspective + "benevolence"), Columns.number(row, perspective + "integrity"));
    }
}
