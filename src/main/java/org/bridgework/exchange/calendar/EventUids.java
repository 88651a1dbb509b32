package org.bridgework.exchange.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

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

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
