/** The desktop outside the window: a notification through the system's own tool (notify-send on Linux). */
package org.bridgework.desktop;
