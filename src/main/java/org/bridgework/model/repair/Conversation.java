package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One logged conversation with the other side.
 *
 * @param date                      when it took place
 * @param channel                   how
 * @param participants              who took part, one name per entry
 * @param couldHaveDoneDifferently  what they said we could have done differently
 * @param whatTheyWantNow           what they want from us now
 * @param revealedAboutUs           what it revealed about our organisation
 * @param agreedNextSteps           what was agreed
 * @param sentiment                 how it felt; empty when not rated
 */
public record Conversation(LocalDate date, Channel channel, List<String> participants,
                           String couldHaveDoneDifferently, String whatTheyWantNow, String revealedAboutUs,
                           String agreedNextSteps, Optional<Sentiment> sentiment) {

    public Conversation {
        Objects.requireNonNull(date, "date");
        channel = Objects.requireNonNullElse(channel, Channel.OTHER);
        participants = Texts.copy(participants);
        couldHaveDoneDifferently = Texts.orEmpty(couldHaveDoneDifferently);
        whatTheyWantNow = Texts.orEmpty(whatTheyWantNow);
        revealedAboutUs = Texts.orEmpty(revealedAboutUs);
        agreedNextSteps = Texts.orEmpty(agreedNextSteps);
        sentiment = Objects.requireNonNullElse(sentiment, Optional.empty());
    }

    /** A new log entry with only a date and channel. */
    public static Conversation on(LocalDate date, Channel channel) {
        return new Conversation(date, channel, List.of(), "", "", "", "", Optional.empty());
    }
}
