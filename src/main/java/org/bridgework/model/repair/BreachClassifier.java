package org.bridgework.model.repair;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Suggests which ground of their trust the breach shook: our ability, our goodwill or our honesty.
 *
 * <p>Their own reading, once known ({@link Understanding#theirReading()}), decides: it is their trust we are
 * repairing, and how they explain the breach shapes which belief about us falls (Tomlinson &amp; Mayer, 2009,
 * a model). Until then the kinds of incident suggest it:
 * <ul>
 *   <li>{@link IncidentKind#BREACH_OF_TRUST} → {@link BreachType#INTEGRITY};</li>
 *   <li>another client put first, indifference, concealment → {@link BreachType#BENEVOLENCE};</li>
 *   <li>missed deadline, deal fell through, below expectations, miscommunication, misunderstanding →
 *       {@link BreachType#COMPETENCE};</li>
 *   <li>{@link IncidentKind#OTHER} says nothing either way.</li>
 * </ul>
 * Mixed incidents: integrity wins over goodwill, and goodwill over ability, because a doubt about honesty or
 * care colours everything else and needs the more careful repair (our own judgement). No incidents, or only
 * OTHER, gives no suggestion. The manager's override wins over both.
 */
public final class BreachClassifier {
    private BreachClassifier() {
    }

    /** The breach type one incident kind points to; empty for {@link IncidentKind#OTHER}. */
    public static Optional<BreachType> of(IncidentKind kind) {
        return switch (kind) {
            case BREACH_OF_TRUST -> Optional.of(BreachType.INTEGRITY);
            case ANOTHER_CLIENT_PUT_FIRST, INDIFFERENCE, CONCEALMENT -> Optional.of(BreachType.BENEVOLENCE);
            case MISSED_DEADLINE, DEAL_FELL_THROUGH, BELOW_EXPECTATIONS, MISCOMMUNICATION, MISUNDERSTANDING ->
                    Optional.of(BreachType.COMPETENCE);
            case OTHER -> Optional.empty();
        };
    }

    /** The suggestion for a set of incidents, by the rules above: the gravest type any of them points to. */
    public static Optional<BreachType> suggest(Collection<Incident> incidents) {
        return incidents.stream()
                .flatMap(incident -> of(incident.kind()).stream())
                .max(Comparator.naturalOrder());
    }

    /** The suggestion for a worksheet: their reading when known, otherwise the incidents. */
    public static Optional<BreachType> suggest(Understanding understanding) {
        return understanding.theirReading().map(TheirReading::breachType)
                .or(() -> suggest(understanding.incidents()));
    }

    /** The manager's override when set, otherwise the suggestion. */
    public static Optional<BreachType> effectiveBreachType(Understanding understanding) {
        return understanding.breachOverride().or(() -> suggest(understanding));
    }
}
