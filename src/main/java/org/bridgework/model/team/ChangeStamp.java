package org.bridgework.model.team;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changed something in a team workbook, and when: what a screen shows as "changed by ruth at 10:42".
 *
 * @param by the login of the person, as the server knows them
 * @param at when the server recorded the change
 */
public record ChangeStamp(String by, Instant at) {
    public ChangeStamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    /** The later of two stamps. */
    public ChangeStamp later(ChangeStamp other) {
        return other.at.isAfter(at) ? other : this;
    }
}
