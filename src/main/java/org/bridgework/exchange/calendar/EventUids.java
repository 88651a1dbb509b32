package org.bridgework.exchange.calendar;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The UIDs of one relationship's events. A relationship's meeting and revisit date are one each, known by the
 * relationship's id. A commitment has no id of its own in the workbook, and its place in the list changes when
 * the list is sorted, so it is known by what it promises (case and spacing aside): its due date and status can
 * change and the calendar updates the same event. Two commitments promising the same words are told apart by
 * their order. Rewording a commitment makes it a new event (the old one stays in the calendar until deleted).
 */
final class EventUids {
    static final String DOMAIN = "@bridgework";
    private final long relationshipId;
    private final Map<String, Integer> seen = new HashMap<>();

    EventUids(long relationshipId) {
        this.relationshipId = relationshipId;
    }

    String meeting() {
        return "meeting-" + relationshipId + DOMAIN;
    }

    /** The next check-in the repair's rhythm asks for: one event that moves as check-ins are taken. */
    String rhythmCheckIn() {
        return "check-in-" + relationshipId + DOMAIN;
    }

    String revisit() {
        return "revisit-" + relationshipId + DOMAIN;
    }

    /** Call once per commitment, in list order. */
    String commitment(String what) {
        String key = digest(normal(what));
        int occurrence = seen.merge(key, 1, Integer::sum);
        return "commitment-" + relationshipId + "-" + key + (occurrence > 1 ? "-" + occurrence : "") + DOMAIN;
    }

    static String normal(String what) {
        return what.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A name-based UUID (RFC 4122, version 3) of the text: the same text, the same key, on every machine. */
    private static String digest(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "").substring(0, 16);
    }
}
