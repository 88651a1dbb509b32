package org.bridgework.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.DoorState;
import org.bridgework.model.repair.FaultSide;
import org.bridgework.model.repair.FirstResponse;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;

/** Step 1, assess: {@link Assessment}, what each side brings the other, and the manager's decision. */
public final class AssessFields {
    /** One rating per dimension, named after it ({@code STRATEGIC_VALUE} → {@code strategicValue}), in its order. */
    public static final List<Field<ValueRatings, OptionalInt>> DIMENSIONS = Arrays.stream(ValueDimension.values())
            .map(d -> Field.<ValueRatings>rating(camelCase(d), r -> r.rating(d))).toList();
    public static final Field<ValueRatings, Optional<BigDecimal>> ANNUAL_REVENUE =
            Field.amount("annualRevenue", ValueRatings::annualRevenue);
    public static final Sheet<ValueRatings> VALUE = Sheet.of(ValueRatings.none(), AssessFields::ratings,
            fields(DIMENSIONS, ANNUAL_REVENUE));

    public static final Field<ManagerDecision, Verdict> VERDICT = Field.word("verdict", Verdict.class,
            ManagerDecision::verdict);
    public static final Field<ManagerDecision, String> REASON = Field.text("reason", ManagerDecision::reason);
    public static final Field<ManagerDecision, Optional<LocalDate>> REVISIT_ON = Field.date("revisitOn",
            ManagerDecision::revisitOn);
    public static final Sheet<ManagerDecision> DECISION_SHEET = Sheet.of(null,
            v -> new ManagerDecision(v.get(VERDICT), v.get(REASON), v.get(REVISIT_ON)), VERDICT, REASON, REVISIT_ON);

    public static final Field<Assessment, ValueRatings> THEY_BRING_US = Field.sheet("theyBringUs", VALUE,
            Assessment::theyBringUs).column("they_bring_us_");
    public static final Field<Assessment, ValueRatings> WE_BRING_THEM = Field.sheet("weBringThem", VALUE,
            Assessment::weBringThem).column("we_bring_them_");
    public static final Field<Assessment, OptionalInt> COST_OF_REPAIR = Field.rating("costOfRepair",
            Assessment::costOfRepair);
    public static final Field<Assessment, OptionalInt> ALTERNATIVES = Field.rating("alternatives",
            Assessment::alternatives);
    public static final Field<Assessment, OptionalInt> RISK_OF_INACTION = Field.rating("riskOfInaction",
            Assessment::riskOfInaction);
    /** The workbook keeps the decision in the assessment's row by hand: no verdict there means none made. */
    public static final Field<Assessment, Optional<ManagerDecision>> DECISION = Field.maybeSheet("decision",
            DECISION_SHEET, Assessment::decision);
    public static final Field<Assessment, Optional<DoorState>> DOOR = Field.choice("door", DoorState.class,
            Assessment::door);
    public static final Field<Assessment, Optional<FaultSide>> AT_FAULT = Field.choice("atFault", FaultSide.class,
            Assessment::atFault);
    public static final Field<Assessment, OptionalInt> THEIR_TRUSTWORTHINESS = Field.rating("theirTrustworthiness",
            Assessment::theirTrustworthiness);
    public static final Field<Assessment, OptionalInt> CHANCE_OF_REPEAT = Field.rating("chanceOfRepeat",
            Assessment::chanceOfRepeat);
    public static final Field<FirstResponse, Optional<LocalDate>> ACKNOWLEDGED_ON = Field.date("acknowledgedOn",
            FirstResponse::acknowledgedOn);
    public static final Field<FirstResponse, Boolean> REGRET_EXPRESSED = Field.flag("regretExpressed",
            FirstResponse::regretExpressed);
    public static final Field<FirstResponse, Optional<LocalDate>> ACCOUNT_PROMISED_BY = Field.date("accountPromisedBy",
            FirstResponse::accountPromisedBy);
    public static final Field<FirstResponse, String> HARM_CONTAINED = Field.text("harmContained",
            FirstResponse::harmContained);
    public static final Field<FirstResponse, String> WHO_CALLS = Field.text("whoCalls", FirstResponse::whoCalls);
    public static final Sheet<FirstResponse> FIRST_RESPONSE_SHEET = Sheet.of(FirstResponse.NONE,
            v -> new FirstResponse(v.get(ACKNOWLEDGED_ON), v.get(REGRET_EXPRESSED), v.get(ACCOUNT_PROMISED_BY),
                    v.get(HARM_CONTAINED), v.get(WHO_CALLS)),
            ACKNOWLEDGED_ON, REGRET_EXPRESSED, ACCOUNT_PROMISED_BY, HARM_CONTAINED, WHO_CALLS);
    public static final Field<Assessment, FirstResponse> FIRST_RESPONSE = Field.sheet("firstResponse",
            FIRST_RESPONSE_SHEET, Assessment::firstResponse).column("first_response_");

    public static final Sheet<Assessment> SHEET = Sheet.of(Assessment.empty(),
            v -> new Assessment(v.get(THEY_BRING_US), v.get(WE_BRING_THEM), v.get(COST_OF_REPAIR),
                    v.get(ALTERNATIVES), v.get(RISK_OF_INACTION), v.get(DECISION), v.get(DOOR), v.get(AT_FAULT),
                    v.get(THEIR_TRUSTWORTHINESS), v.get(CHANCE_OF_REPEAT), v.get(FIRST_RESPONSE)),
            THEY_BRING_US, WE_BRING_THEM, COST_OF_REPAIR, ALTERNATIVES, RISK_OF_INACTION, DECISION, DOOR, AT_FAULT,
            THEIR_TRUSTWORTHINESS, CHANCE_OF_REPEAT, FIRST_RESPONSE);

    private AssessFields() {
    }

    private static ValueRatings ratings(Values v) {
        Map<ValueDimension, Integer> ratings = new EnumMap<>(ValueDimension.class);
        for (ValueDimension d : ValueDimension.values()) {
            v.get(DIMENSIONS.get(d.ordinal())).ifPresent(rating -> ratings.put(d, rating));
        }
        return new ValueRatings(ratings, v.get(ANNUAL_REVENUE));
    }

    @SuppressWarnings("unchecked")
    private static Field<ValueRatings, ?>[] fields(List<Field<ValueRatings, OptionalInt>> dimensions,
                                                   Field<ValueRatings, ?> last) {
        List<Field<ValueRatings, ?>> all = new ArrayList<>(dimensions);
        all.add(last);
        return all.toArray(Field[]::new);
    }

    private static String camelCase(ValueDimension d) {
        String snake = Field.snakeCase(d.name()).toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
