/**
 * Facts about this build (its version), needed by the window, the command line and the export files alike:
 * a package of its own that depends on nothing of the app, so none of them has to reach into another for it.
 */
package org.bridgework.about;
