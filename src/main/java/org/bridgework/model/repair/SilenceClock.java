package org.bridgework.model.repair;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The silence clock: how many days passed from the first dated incident until we first logged a word to them
 * (the first response's acknowledgement, a conversation that says who took part or what was said, or the
 * apology given), or until today while
 * nothing is logged. Saying nothing is never the best reply (Ferrin, Kim, Cooper &amp; Dirks, 2007), and
 * organisational repair starts with an immediate response (Gillespie &amp; Dietz, 2009, a framework).
 * The number of days after which the clock warns, {@value #WARN_AFTER_DAYS}, is our own judgement.
 *
 * @param firstIncident the earliest dated incident
 * @param firstWord     the first word to them on or after it, if any
 * @param days          whole days from the first incident to the first word, or to today
 */
public record SilenceClock(LocalDate firstIncident, Optional<LocalDate> firstWord, long days) {
    public static final int WARN_AFTER_DAYS = 3;

    /** The clock of a repair; empty when no incident is dated yet. */
    public static Optional<SilenceClock> of(RepairCase repair, LocalDate today) {
        Optional<LocalDate> first = repair.understanding().incidents().stream()
                .flatMap(i -> i.date().stream())
                .min(Comparator.naturalOrder());
        Stream<LocalDate> talks = repair.dialogue().conversations().stream()
                .filter(SilenceClock::saysSomething)
                .map(Conversation::date);
        Stream<LocalDate> apology = repair.reconciliation().apology().givenOn().stream();
        Stream<LocalDate> acknowledged = repair.assessment().firstResponse().acknowledgedOn().stream();
        return of(first, Stream.of(talks, apology, acknowledged).flatMap(s -> s).toList(), today);
    }

    /**
     * The clock from its inputs, for a reader that has them without the whole repair (the portfolio):
     * the first dated incident and the days a word to them was logged (see {@link #of(RepairCase, LocalDate)}).
     */
    public static Optional<SilenceClock> of(Optional<LocalDate> firstIncident, Collection<LocalDate> words,
                                            LocalDate today) {
        if (firstIncident.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = firstIncident.get();
        Optional<LocalDate> word = words.stream()
                .filter(day -> !day.isBefore(start))
                .min(Comparator.naturalOrder());
        LocalDate end = word.orElse(today);
        return Optional.of(new SilenceClock(start, word, Math.max(0, ChronoUnit.DAYS.between(start, end))));
    }

    /** No word to them is logged yet. */
    public boolean ongoing() {
        return firstWord.isEmpty();
    }

    /** The silence lasted, or has lasted so far, longer than {@value #WARN_AFTER_DAYS} days. */
    public boolean tooLong() {
        return days > WARN_AFTER_DAYS;
    }

    /** A conversation just added and left blank is not yet a word to them. */
    public static boolean saysSomething(Conversation c) {
        return c.participants().stream().anyMatch(Texts::hasText) || Texts.hasText(c.couldHaveDoneDifferently())
                || Texts.hasText(c.whatTheyWantNow()) || Texts.hasText(c.revealedAboutUs())
                || Texts.hasText(c.agreedNextSteps());
    }
}
