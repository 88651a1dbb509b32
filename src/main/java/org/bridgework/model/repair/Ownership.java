package org.bridgework.model.repair;

/**
 * Step 3 worksheet: own our part.
 *
 * @param whatWeDid        what we did, or failed to do, that contributed
 * @param whatWeWillChange what we will change so it does not happen again
 * @param spokesperson     who speaks for the organisation in the repair
 */
public record Ownership(String whatWeDid, String whatWeWillChange, String spokesperson) {

    public Ownership {
        whatWeDid = Texts.orEmpty(whatWeDid);
        whatWeWillChange = Texts.orEmpty(whatWeWillChange);
        spokesperson = Texts.orEmpty(spokesperson);
    }

    /** A blank worksheet. */
    public static Ownership empty() {
        return new Ownership("", "", "");
    }
}
