package org.bridgework.cli;

/** A command could not do its job; the message, ready for standard error, says why. Exit code 1. */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
