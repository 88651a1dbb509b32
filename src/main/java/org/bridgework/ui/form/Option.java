package org.bridgework.ui.form;

/** One entry of a choice box: a value (null for "not chosen") and how it reads. */
public record Option<E>(E value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
