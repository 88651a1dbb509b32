package org.bridgework.testing;

import java.security.SecureRandom;
import java.util.OptionalLong;

/**
 * The seed of the tests' random choices (jqwik's properties through {@link FixedSeedHook}, the crash test's kill
 * times): fixed in CI so that a build never fails by chance, new on a developer's machine so that more cases get
 * tried, and always printed so that any failure can be repeated.
 *
 * <ul>
 * <li>{@code -Dbridgework.seed=N} (mvn passes it on to the tests): N, to repeat a run.</li>
 * <li>otherwise, when the environment variable {@code CI} is set (CI services set {@code CI=true}, and so does
 *     {@code .ci/run}), other than to "false" or "0": {@link #CI_SEED}.</li>
 * <li>otherwise: a random seed, different every run.</li>
 * </ul>
 */
public final class TestSeed {
    /** The system property that fixes the seed. */
    public static final String PROPERTY = "bridgework.seed";
    /** The seed every CI run uses, unless {@link #PROPERTY} says otherwise. */
    public static final long CI_SEED = 20_261_204L;

    private TestSeed() {
    }

    /** The fixed seed, if this run has one. */
    public static OptionalLong fixed() {
        String given = System.getProperty(PROPERTY, "").strip();
        if (!given.isEmpty()) {
            try {
                return OptionalLong.of(Long.parseLong(given));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number, not \"" + given + "\"", e);
            }
        }
        String ci = System.getenv("CI");
        boolean inCi = ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci.strip()) && !"0".equals(ci.strip());
        return inCi ? OptionalLong.of(CI_SEED) : OptionalLong.empty();
    }

    /** The fixed seed, or a new random one. */
    public static long seed() {
        return fixed().orElseGet(() -> new SecureRandom().nextLong());
    }

    /** How to run again with {@code seed}, for messages and reports. */
    public static String howToRepeat(long seed) {
        return "repeat with -D" + PROPERTY + "=" + seed;
    }
}
