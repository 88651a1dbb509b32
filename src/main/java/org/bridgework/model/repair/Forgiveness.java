package org.bridgework.model.repair;

/**
 * Where they were at fault too, and how both sides move on.
 *
 * @param whatWeForgive what they did that we let go of
 * @param howWeMoveOn   how we move forward together
 */
public record Forgiveness(String whatWeForgive, String howWeMoveOn) {

    public Forgiveness {
        whatWeForgive = Texts.orEmpty(whatWeForgive);
        howWeMoveOn = Texts.orEmpty(howWeMoveOn);
    }

    /** Nothing written yet. */
    public static Forgiveness none() {
        return new Forgiveness("", "");
    }
}
