package org.bridgework.cli;

import org.bridgework.text.Texts;

/** The command line could not be understood; the message says which word. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String key, String argument) {
        super(Texts.get(key, argument));
    }
}
