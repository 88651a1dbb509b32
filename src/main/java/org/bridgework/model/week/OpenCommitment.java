package org.bridgework.model.week;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A commitment still planned or in progress, with its due date: all the agenda needs of it.
 *
 * @param what what was promised
 * @param due  when it is due
 */
public record OpenCommitment(String what, LocalDate due) {
    public OpenCommitment {
        what = Objects.requireNonNullElse(what, "");
        Objects.requireNonNull(due, "due");
    }
}
