/** The command line: options, and the tasks that run without a window. */
package org.bridgework.cli;
