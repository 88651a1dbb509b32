package org.bridgework.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;

/** Step 1, assess: the {@code assessment} table. */
final class AssessmentRows {
    private static final String US = "they_bring_us_";
    private static final String THEM = "we_bring_them_";
    private static final SheetTable ASSESSMENT = new SheetTable("assessment",
            US + "revenue", US + "strategic_value", US + "referrals", US + "reputation", US + "annual_revenue",
            THEM + "revenue", THEM + "strategic_value", THEM + "referrals", THEM + "reputation",
            THEM + "annual_revenue", "cost_of_repair", "alternatives", "risk_of_inaction", "decision",
            "decision_reason", "revisit_on");

    private AssessmentRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        write.sheet(ASSESSMENT, RepairCase::assessment, repair, (p, a) -> {
            bind(p, a.theyBringUs());
            bind(p, a.weBringThem());
            p.number(a.costOfRepair()).number(a.alternatives()).number(a.riskOfInaction());
            p.word(a.decision().map(ManagerDecision::verdict))
                    .text(a.decision().map(ManagerDecision::reason).orElse(""))
                    .date(a.decision().flatMap(ManagerDecision::revisitOn));
        });
    }

    static Assessment read(Connection connection, long relationshipId) throws SQLException {
        return ASSESSMENT.read(connection, relationshipId, row -> new Assessment(ratings(row, US), ratings(row, THEM),
                Columns.optionalNumber(row, "cost_of_repair"), Columns.optionalNumber(row, "alternatives"),
                Columns.optionalNumber(row, "risk_of_inaction"), decision(row))).orElse(Assessment.empty());
    }

    /** The four dimensions in the order of the columns, then the revenue. */
    private static void bind(Parameters p, ValueRatings ratings) throws SQLException {
        p.number(ratings.rating(ValueDimension.REVENUE))
                .number(ratings.rating(ValueDimension.STRATEGIC_VALUE))
                .number(ratings.rating(ValueDimension.REFERRALS))
                .number(ratings.rating(ValueDimension.REPUTATION))
                .amount(ratings.annualRevenue());
    }

    private static ValueRatings ratings(ResultSet row, String side) throws SQLException {
        Map<ValueDimension, Integer> ratings = new EnumMap<>(ValueDimension.class);
        put(ratings, ValueDimension.REVENUE, row, side + "revenue");
        put(ratings, ValueDimension.STRATEGIC_VALUE, row, side + "strategic_value");
        put(ratings, ValueDimension.REFERRALS, row, side + "referrals");
        put(ratings, ValueDimension.REPUTATION, row, side + "reputation");
        return new ValueRatings(ratings, Columns.amount(row, side + "annual_revenue"));
    }

    private static void put(Map<ValueDimension, Integer> ratings, ValueDimension dimension, ResultSet row,
                            String column) throws SQLException {
        Columns.optionalNumber(row, column).ifPresent(value -> ratings.put(dimension, value));
    }

    /** No verdict means no decision yet; the reason and date belong to a decision. */
    private static Optional<ManagerDecision> decision(ResultSet row) throws SQLException {
        Optional<Verdict> verdict = Columns.optionalWord(row, "decision", Verdict.class);
        if (verdict.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ManagerDecision(verdict.get(), Columns.text(row, "decision_reason"),
                Columns.optionalDate(row, "revisit_on")));
    }
}
