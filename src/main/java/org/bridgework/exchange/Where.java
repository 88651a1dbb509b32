package org.bridgework.exchange;

import org.bridgework.text.Texts;

/**
 * Where in an import file a value is, in words a person can follow: the list entries counted from 1, then the
 * field as the file names it, for example relationship 3 (“Acme”), commitment 2, “due”.
 *
 * @param entries the list entries so far, already in words
 * @param field   the field names since the last entry, joined by dots; empty at an entry itself
 */
record Where(String entries, String field) {
    static final Where FILE = new Where("", "");

    /** The field {@code name} of the object here. */
    Where field(String name) {
        return new Where(entries, field.isEmpty() ? name : field + "." + name);
    }

    /** Entry {@code number} (from 1) of a list, named in words by the message {@code key}. */
    Where entry(String key, int number) {
        String words = Texts.get("exchange.where." + key, number);
        return new Where(entries.isEmpty() ? words : entries + ", " + words, "");
    }

    /** The same place with the entry's name added, for a relationship once its name is known. */
    Where named(String name) {
        return new Where(entries + " " + Texts.get("exchange.where.name", name), field);
    }

    @Override
    public String toString() {
        String quoted = field.isEmpty() ? "" : Texts.get("exchange.where.field", field);
        if (entries.isEmpty()) {
            return quoted;
        }
        return quoted.isEmpty() ? entries : entries + ", " + quoted;
    }
}
