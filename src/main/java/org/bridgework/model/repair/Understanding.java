package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Step 2 worksheet: what happened and why.
 *
 * @param incidents        what went wrong, in the order entered
 * @param breachOverride   the manager's own view of the breach type; wins over the suggestion
 *                         (see {@link BreachClassifier#effectiveBreachType(Understanding)})
 * @param theirAccount     what happened, as they tell it
 * @param ourAccount       what happened, as we see it
 * @param rootCause        the underlying reason
 * @param widerProblem     whether it points to a problem in our organisation beyond this relationship
 * @param widerProblemNote what that wider problem is
 * @param theirReading     what they conclude about us from it, once we know
 * @param repeatExpected   whether they expect it to happen again, once we know
 */
public record Understanding(List<Incident> incidents, Optional<BreachType> breachOverride, String theirAccount,
                            String ourAccount, String rootCause, boolean widerProblem, String widerProblemNote,
                            Optional<TheirReading> theirReading, Optional<RepeatExpected> repeatExpected) {

    public Understanding {
        incidents = Texts.copy(incidents);
        breachOverride = Objects.requireNonNullElse(breachOverride, Optional.empty());
        theirAccount = Texts.orEmpty(theirAccount);
        ourAccount = Texts.orEmpty(ourAccount);
        rootCause = Texts.orEmpty(rootCause);
        widerProblemNote = Texts.orEmpty(widerProblemNote);
        theirReading = Objects.requireNonNullElse(theirReading, Optional.empty());
        repeatExpected = Objects.requireNonNullElse(repeatExpected, Optional.empty());
    }

    /** The worksheet before the questions on their reading were asked. */
    public Understanding(List<Incident> incidents, Optional<BreachType> breachOverride, String theirAccount,
                         String ourAccount, String rootCause, boolean widerProblem, String widerProblemNote) {
        this(incidents, breachOverride, theirAccount, ourAccount, rootCause, widerProblem, widerProblemNote,
                Optional.empty(), Optional.empty());
    }

    /** A blank worksheet. */
    public static Understanding empty() {
        return new Understanding(List.of(), Optional.empty(), "", "", "", false, "");
    }

    public Understanding withIncidents(List<Incident> newIncidents) {
        return new Understanding(newIncidents, breachOverride, theirAccount, ourAccount, rootCause, widerProblem,
                widerProblemNote, theirReading, repeatExpected);
    }

    public Understanding withBreachOverride(BreachType type) {
        return new Understanding(incidents, Optional.ofNullable(type), theirAccount, ourAccount, rootCause,
                widerProblem, widerProblemNote, theirReading, repeatExpected);
    }

    public Understanding withRootCause(String cause) {
        return new Understanding(incidents, breachOverride, theirAccount, ourAccount, cause, widerProblem,
                widerProblemNote, theirReading, repeatExpected);
    }

    public Understanding withTheirReading(TheirReading reading, RepeatExpected repeat) {
        return new Understanding(incidents, breachOverride, theirAccount, ourAccount, rootCause, widerProblem,
                widerProblemNote, Optional.ofNullable(reading), Optional.ofNullable(repeat));
    }
}
