package org.bridgework.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A clock for tests: a fixed, known moment. */
public final class FixedClock {
    public static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    private FixedClock() {
    }

    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static Clock now() {
        return at(NOW);
    }
}
