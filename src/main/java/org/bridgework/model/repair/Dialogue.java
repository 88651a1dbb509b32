package org.bridgework.model.repair;

import java.util.Comparator;
import java.util.List;

/**
 * Step 5 worksheet: the log of conversations.
 *
 * @param conversations as entered; {@link #chronological()} sorts them
 */
public record Dialogue(List<Conversation> conversations) {

    public Dialogue {
        conversations = Texts.copy(conversations);
    }

    /** No conversation yet. */
    public static Dialogue empty() {
        return new Dialogue(List.of());
    }

    /** Oldest first; entries of the same day keep their entered order. */
    public List<Conversation> chronological() {
        return conversations.stream().sorted(Comparator.comparing(Conversation::date)).toList();
    }
}
