package org.bridgework.model.repair;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests whether the damage is a failure of competence or of integrity, from the kinds of incident.
 *
 * <ul>
 *   <li>{@link IncidentKind#BREACH_OF_TRUST} → {@link BreachType#INTEGRITY};</li>
 *   <li>missed deadline, deal fell through, below expectations, miscommunication, misunderstanding →
 *       {@link BreachType#COMPETENCE};</li>
 *   <li>{@link IncidentKind#OTHER} says nothing either way.</li>
 * </ul>
 * Mixed incidents: integrity wins if any incident is a breach of trust, because a doubt about honesty colours
 * everything else and needs the more careful (fact-led) repair. No incidents, or only OTHER, gives no suggestion.
 */
public final class BreachClassifier {
    private BreachClassifier() {
    }

    /** The breach type one incident kind points to; empty for {@link IncidentKind#OTHER}. */
    public static Optional<BreachType> of(IncidentKind kind) {
        return switch (kind) {
            case BREACH_OF_TRUST -> Optional.of(BreachType.INTEGRITY);
            case MISSED_DEADLINE, DEAL_FELL_THROUGH, BELOW_EXPECTATIONS, MISCOMMUNICATION, MISUNDERSTANDING ->
                    Optional.of(BreachType.COMPETENCE);
            case OTHER -> Optional.empty();
        };
    }

    /** The suggestion for a set of incidents, by the rules above. */
    public static Optional<BreachType> suggest(Collection<Incident> incidents) {
        Optional<BreachType> suggestion = Optional.empty();
        for (Incident incident : incidents) {
            Optional<BreachType> type = of(incident.kind());
            if (type.isPresent() && (suggestion.isEmpty() || type.get() == BreachType.INTEGRITY)) {
                suggestion = type;
            }
        }
        return suggestion;
    }

    /** The manager's override when set, otherwise the suggestion from the incidents. */
    public static Optional<BreachType> effectiveBreachType(Understanding understanding) {
        return understanding.breachOverride().or(() -> suggest(understanding.incidents()));
    }
}
