package org.bridgework.example;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;

/**
 * Step 8 of the example: four monthly trust check-ins, rising overall (about 2.7, 3.3, 3.5, 4.0 of 5), so the
 * trend is UP. No outcome yet: the repair is still running.
 */
final class ExampleTrust {
    private ExampleTrust() {
    }

    static Rebuilding rebuilding(LocalDate today) {
        List<TrustCheckIn> checkIns = List.of(
                new TrustCheckIn(today.minusDays(86), new TrustRatings(4, 3, 4), new TrustRatings(1, 2, 2),
                        "Straight after the launch. We still rate them well, though the late carton change "
                                + "stung. They doubt we can do the job and wonder whether we care."),
                new TrustCheckIn(today.minusDays(58), new TrustRatings(4, 4, 4), new TrustRatings(2, 3, 3),
                        "After the apology meeting, the credit and the free restock. Nadia is friendlier; "
                                + "Owen is waiting to see results."),
                new TrustCheckIn(today.minusDays(31), new TrustRatings(4, 4, 4), new TrustRatings(3, 3, 3),
                        "The planning queue works and deliveries are on time, but we missed the workshop we "
                                + "promised and Nadia noticed. We told her ourselves and rebooked it."),
                new TrustCheckIn(today.minusDays(5), new TrustRatings(4, 4, 5), new TrustRatings(4, 4, 3),
                        "Owen has confirmed the autumn range stays with us. They trust our delivery again; "
                                + "whether we tell them bad news early is still to be proved."));
        String lessons = "So far: a change that lives in one person’s inbox is a change nobody owns. Bad news "
                + "told early costs less than bad news found out. And a written account with no excuses did "
                + "more for us than the credit did. We record the outcome once the autumn range is delivered.";
        return new Rebuilding(checkIns, Optional.empty(), lessons);
    }
}
