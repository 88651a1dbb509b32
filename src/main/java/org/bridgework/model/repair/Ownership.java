package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Step 3 worksheet: own our part.
 *
 * @param whatWeDid        what we did, or failed to do, that contributed
 * @param whatWeWillChange what we will change so it does not happen again
 * @param spokesperson     who speaks for the organisation in the repair
 * @param faultFinding     whether the facts show we were at fault, once checked
 * @param factsForThem     the facts we can show them and how they can check them (or what we are still checking)
 * @param factsExpectedOn  when they will have the facts, while the finding is not yet known
 */
public record Ownership(String whatWeDid, String whatWeWillChange, String spokesperson,
                        Optional<FaultFinding> faultFinding, String factsForThem, Optional<LocalDate> factsExpectedOn) {

    public Ownership {
        whatWeDid = Texts.orEmpty(whatWeDid);
        whatWeWillChange = Texts.orEmpty(whatWeWillChange);
        spokesperson = Texts.orEmpty(spokesperson);
        faultFinding = Objects.requireNonNullElse(faultFinding, Optional.empty());
        factsForThem = Texts.orEmpty(factsForThem);
        factsExpectedOn = Objects.requireNonNullElse(factsExpectedOn, Optional.empty());
    }

    /** Our part owned, before the facts were asked about. */
    public Ownership(String whatWeDid, String whatWeWillChange, String spokesperson) {
        this(whatWeDid, whatWeWillChange, spokesperson, Optional.empty(), "", Optional.empty());
    }

    /** A blank worksheet. */
    public static Ownership empty() {
        return new Ownership("", "", "");
    }

    /** The same, with what the facts show and the facts for them. */
    public Ownership withFacts(FaultFinding finding, String facts, LocalDate expectedOn) {
        return new Ownership(whatWeDid, whatWeWillChange, spokesperson, Optional.ofNullable(finding), facts,
                Optional.ofNullable(expectedOn));
    }

    /** We checked, and on these facts we were not at fault, and we can show them why. */
    public boolean clearedByTheFacts() {
        return faultFinding.filter(f -> f == FaultFinding.NOT_AT_FAULT).isPresent() && Texts.hasText(factsForThem);
    }
}
