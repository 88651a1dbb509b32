package org.bridgework.exchange;

import org.bridgework.text.Texts;

/**
 * Where in an import file a value is, in words a person can follow: the list entries counted from 1, then the
 * field as the file names it, for example relationship 3 (“Acme”), commitment 2, field “due”. Made for every
 * value read but put into words only for a refusal, so reading a large file stays fast.
 */
final class Where {
    static final Where FILE = new Where(null, null, 0, null, "");

    private final Where entry;
    private final String entryKey;
    private final int number;
    private final String name;
    private final String field;

    /**
     * @param entry    the list entry this place is in; null at the top of the file
     * @param entryKey the message key naming that entry's kind, such as "commitment"
     * @param number   the entry's number in its list, from 1
     * @param name     the entry's own name, once known (a relationship's); else null
     * @param field    the field names since the entry, joined by dots; empty at the entry itself
     */
    private Where(Where entry, String entryKey, int number, String name, String field) {
        this.entry = entry;
        this.entryKey = entryKey;
        this.number = number;
        this.name = name;
        this.field = field;
    }

    /** The field {@code fieldName} of the object here. */
    Where field(String fieldName) {
        return new Where(entry, entryKey, number, name, field.isEmpty() ? fieldName : field + "." + fieldName);
    }

    /** Entry {@code entryNumber} (from 1) of a list, named in words by the message {@code key}. */
    Where entry(String key, int entryNumber) {
        return new Where(this, key, entryNumber, null, "");
    }

    /** The same place with the entry's name added, for a relationship once its name is known. */
    Where named(String entryName) {
        return new Where(entry, entryKey, number, entryName, field);
    }

    @Override
    public String toString() {
        String entries = entries();
        String quoted = field.isEmpty() ? "" : Texts.get("exchange.where.field", field);
        if (entries.isEmpty()) {
            return quoted;
        }
        return quoted.isEmpty() ? entries : entries + ", " + quoted;
    }

    /** The list entries down to this place, outermost first. */
    private String entries() {
        if (entryKey == null) {
            return "";
        }
        String outer = entry.entries();
        String words = Texts.get("exchange.where." + entryKey, number);
        if (name != null) {
            words += " " + Texts.get("exchange.where.name", name);
        }
        return outer.isEmpty() ? words : outer + ", " + words;
    }
}
