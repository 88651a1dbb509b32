package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one direction of trust stands: its latest score, which way it moved since the check-in before, and
 * the items that fell by {@link TrustRules#FALL} or more. Our trust in them and their trust in us are never
 * blended: each has its own movement (see {@link TrustRules#movement}).
 *
 * @param perspective whose trust this is
 * @param latest      the mean of the latest scored check-in's three items, 1..5
 * @param trend       empty until two check-ins are scored in this direction
 * @param fallen      items that fell by a point or more between the last two scored check-ins, in item order
 */
public record TrustMovement(TrustPerspective perspective, double latest, Optional<TrustTrend> trend,
                            List<ItemFall> fallen) {
    public TrustMovement {
        Objects.requireNonNull(perspective);
        trend = Objects.requireNonNullElse(trend, Optional.empty());
        fallen = List.copyOf(fallen);
    }

    /** One item that fell: from what to what. */
    public record ItemFall(TrustItem item, int from, int to) {
    }
}
