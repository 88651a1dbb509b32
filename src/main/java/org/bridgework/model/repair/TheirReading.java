package org.bridgework.model.repair;

/**
 * What they conclude about us from the breach, as we understand it: which ground of their trust it shook.
 * How the wronged side explains a breach shapes which belief about us falls and what repair can reach it
 * (Tomlinson &amp; Mayer, 2009, a model); so their reading, once known, decides the suggested breach type.
 */
public enum TheirReading {
    /** "They cannot do it": our ability. */
    CANNOT_DO_IT(BreachType.COMPETENCE),
    /** "They do not care about us": our goodwill towards them. */
    DO_NOT_CARE(BreachType.BENEVOLENCE),
    /** "They are not straight with us": our honesty. */
    NOT_STRAIGHT(BreachType.INTEGRITY);

    private final BreachType breachType;

    TheirReading(BreachType breachType) {
        this.breachType = breachType;
    }

    /** The breach type this reading points to. */
    public BreachType breachType() {
        return breachType;
    }
}
