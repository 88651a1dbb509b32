package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan for the first conversation.
 *
 * @param who     who takes part, from both sides
 * @param when    the planned date
 * @param channel how it will take place
 */
public record MeetingPlan(String who, Optional<LocalDate> when, Optional<Channel> channel) {

    public MeetingPlan {
        who = Texts.orEmpty(who);
        when = Objects.requireNonNullElse(when, Optional.empty());
        channel = Objects.requireNonNullElse(channel, Optional.empty());
    }

    /** Nothing planned yet. */
    public static MeetingPlan none() {
        return new MeetingPlan("", Optional.empty(), Optional.empty());
    }
}
