package org.bridgework.model.repair;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Step 1 worksheet: is the relationship worth repairing? All ratings use 0..5; an empty rating is not given yet.
 *
 * @param theyBringUs    the value the other side brings us
 * @param weBringThem    the value we bring them (both sides need to bring something)
 * @param costOfRepair   the cost and effort repair would take (5 = very costly)
 * @param alternatives   how good our alternatives are if we let go (5 = easily replaced)
 * @param riskOfInaction the risk of doing nothing (5 = serious harm, e.g. to our reputation)
 * @param decision       the manager's decision, once made
 * @param door           whether they still deal with us, once known
 * @param atFault        who was at fault, once known
 * @param theirTrustworthiness how far we can rely on them (0..5); blank when it does not apply
 * @param chanceOfRepeat how likely it is to happen again (0..5); blank when not known
 * @param firstResponse  the immediate response, before the analysis
 */
public record Assessment(ValueRatings theyBringUs, ValueRatings weBringThem, OptionalInt costOfRepair,
                         OptionalInt alternatives, OptionalInt riskOfInaction, Optional<ManagerDecision> decision,
                         Optional<DoorState> door, Optional<FaultSide> atFault, OptionalInt theirTrustworthiness,
                         OptionalInt chanceOfRepeat, FirstResponse firstResponse) {

    public Assessment {
        theyBringUs = Objects.requireNonNullElse(theyBringUs, ValueRatings.none());
        weBringThem = Objects.requireNonNullElse(weBringThem, ValueRatings.none());
        costOfRepair = Objects.requireNonNullElse(costOfRepair, OptionalInt.empty());
        alternatives = Objects.requireNonNullElse(alternatives, OptionalInt.empty());
        riskOfInaction = Objects.requireNonNullElse(riskOfInaction, OptionalInt.empty());
        decision = Objects.requireNonNullElse(decision, Optional.empty());
        door = Objects.requireNonNullElse(door, Optional.empty());
        atFault = Objects.requireNonNullElse(atFault, Optional.empty());
        theirTrustworthiness = Objects.requireNonNullElse(theirTrustworthiness, OptionalInt.empty());
        chanceOfRepeat = Objects.requireNonNullElse(chanceOfRepeat, OptionalInt.empty());
        firstResponse = Objects.requireNonNullElse(firstResponse, FirstResponse.NONE);
    }

    /** The worksheet before the verdict's further questions (door, fault, their trustworthiness, repeat). */
    public Assessment(ValueRatings theyBringUs, ValueRatings weBringThem, OptionalInt costOfRepair,
                      OptionalInt alternatives, OptionalInt riskOfInaction, Optional<ManagerDecision> decision) {
        this(theyBringUs, weBringThem, costOfRepair, alternatives, riskOfInaction, decision, Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), FirstResponse.NONE);
    }

    /** A blank worksheet. */
    public static Assessment empty() {
        return new Assessment(ValueRatings.none(), ValueRatings.none(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty());
    }

    /** The same, with the answers to the verdict's further questions. */
    public Assessment withContext(DoorState newDoor, FaultSide fault, OptionalInt trustworthiness,
                                  OptionalInt repeat) {
        return new Assessment(theyBringUs, weBringThem, costOfRepair, alternatives, riskOfInaction, decision,
                Optional.ofNullable(newDoor), Optional.ofNullable(fault), trustworthiness, repeat, firstResponse);
    }

    public Assessment withTheyBringUs(ValueRatings ratings) {
        return new Assessment(ratings, weBringThem, costOfRepair, alternatives, riskOfInaction,
                decision, door, atFault, theirTrustworthiness, chanceOfRepeat,
                firstResponse);
    }

    public Assessment withWeBringThem(ValueRatings ratings) {
        return new Assessment(theyBringUs, ratings, costOfRepair, alternatives, riskOfInaction,
                decision, door, atFault, theirTrustworthiness, chanceOfRepeat,
                firstResponse);
    }

    public Assessment withCostOfRepair(int rating) {
        return new Assessment(theyBringUs, weBringThem, OptionalInt.of(rating), alternatives, riskOfInaction,
                decision, door, atFault, theirTrustworthiness, chanceOfRepeat,
                firstResponse);
    }

    public Assessment withAlternatives(int rating) {
        return new Assessment(theyBringUs, weBringThem, costOfRepair, OptionalInt.of(rating), riskOfInaction,
                decision, door, atFault, theirTrustworthiness, chanceOfRepeat,
                firstResponse);
    }

    public Assessment withRiskOfInaction(int rating) {
        return new Assessment(theyBringUs, weBringThem, costOfRepair, alternatives, OptionalInt.of(rating),
                decision, door, atFault, theirTrustworthiness, chanceOfRepeat,
                firstResponse);
    }

    public Assessment withDecision(ManagerDecision newDecision) {
        return new Assessment(theyBringUs, weBringThem, costOfRepair, alternatives, riskOfInaction,
                Optional.ofNullable(newDecision), door, atFault, theirTrustworthiness, chanceOfRepeat,
                firstResponse);
    }

    public Assessment withFirstResponse(FirstResponse response) {
        return new Assessment(theyBringUs, weBringThem, costOfRepair, alternatives, riskOfInaction, decision, door,
                atFault, theirTrustworthiness, chanceOfRepeat, response);
    }
}
