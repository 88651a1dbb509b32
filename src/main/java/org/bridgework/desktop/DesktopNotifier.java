package org.bridgework.desktop;

/**
 * A notification on the desktop, outside the window: behind an interface so the reminders are tested without
 * one, and so each system can have its own way (see the user guide).
 */
public interface DesktopNotifier {
    /** Whether this system can show one (on Linux: whether {@code notify-send} is installed). */
    boolean available();

    /** Shows it; false if it could not be shown. Never throws. */
    boolean notify(String title, String body);
}
