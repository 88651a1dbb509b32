package org.bridgework.model.repair;

import java.util.Objects;

/**
 * A check-in rating outside 1..5.
 *
 * @param perspective whose trust
 * @param item        which item
 * @param value       the value given
 */
public record TrustProblem(TrustPerspective perspective, TrustItem item, int value) {

    public TrustProblem {
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(item, "item");
    }
}
