/**
 * The app's log: a few rotating files in the data folder and the last problems kept in memory for the diagnostic
 * report. Code everywhere logs through the JDK's {@link java.lang.System.Logger} (java.base), so no layer depends
 * on this package for logging; only the start-up code configures it and Help reads it. It depends on nothing of
 * the app, so any package may use it without a cycle. Nothing the user typed is ever written: exception messages
 * are left out (they can carry names, paths and values), and the app's own messages name no user text.
 */
package org.bridgework.logging;
