package org.bridgework.example;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairOffer;

/** Step 6 of the example: an apology with all six components, given in person, and what we forgive. */
final class ExampleApology {
    /**
     * The letter Ruth read out and left with them. Each component has a cue the checker recognises: regret
     * ("sorry"), explanation ("what happened", "because"), responsibility ("we let you down", "I take full
     * responsibility"), repentance ("we have changed", "from now on"), offer of repair ("to make this right",
     * "we will credit", "at no extra cost") and a request for forgiveness ("forgive us").
     */
    static final String DRAFT = """
            Nadia, Owen,

            I am sorry that your summer range opened with empty displays in fourteen of your stores. \
            We let you down, and on behalf of Kestrel Freight I take full responsibility for it.

            This is what happened. Your new cartons needed twelve trailers and we had booked nine, because \
            nobody ran the load plan again after the change. The change sat unread for four days in the inbox \
            of a colleague on leave, and when he confirmed the plan he did not pass it on. Two days before the \
            launch we saw that stores were at risk. We should have called you that day; instead we tried to \
            fix it quietly and told you on the morning of the launch.

            We have changed how we work. From now on every change you send goes to a shared planning queue, \
            is confirmed within one working day and triggers a new load check, and any risk to a delivery is \
            reported to you the same day. Sam Whitcombe is your named planner, with a deputy for his holidays.

            To make this right, we will credit the delivery charges for the launch week in full, and we will \
            hold a review call with you every month until the autumn range is in your stores, at no extra \
            cost.

            We know that trust comes back through what we do next, not through a letter. We hope you will \
            forgive us and let us show you.

            Ruth Callander
            Operations Director, Kestrel Freight
            """;

    private ExampleApology() {
    }

    static Reconciliation reconciliation(LocalDate today) {
        List<RepairOffer> offers = List.of(
                // Worded as the commitments made from them in Act, so each offer shows its commitment.
                new RepairOffer("Credit the launch-week delivery charges in full"),
                new RepairOffer("Name one planner for Alder & Finch, with a deputy for holidays"),
                new RepairOffer("Hold a review call with Nadia every month until the autumn range is in the stores"));
        String response = "Owen said it was the first time a supplier had put a failure in writing without "
                + "excuses. Nadia accepted the apology but said they would judge us by the autumn range, and "
                + "asked for the credit to appear on the next invoice.";
        Apology apology = new Apology(DRAFT, EnumSet.allOf(ApologyComponent.class), offers,
                Optional.of(today.minusDays(70)), Optional.of(Channel.MEETING), response);
        Forgiveness forgiveness = new Forgiveness(
                "They changed the carton sizes nine days before the launch, after our cut-off of ten working "
                        + "days, and sent the change to one person rather than to our bookings address. That "
                        + "made the job harder. We let it go: spotting what the change meant was our job, and "
                        + "we will not raise it as an excuse.",
                "We agreed with Nadia that a change after the cut-off is announced by phone as well as by "
                        + "e-mail, on both sides, and that we work out its effect together before anyone "
                        + "confirms a plan.");
        return new Reconciliation(apology, forgiveness);
    }
}
