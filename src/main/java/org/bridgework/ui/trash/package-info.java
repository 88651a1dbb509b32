/** The Trash: deleted relationships, the undo bar after a delete, and the window to restore or purge them. */
package org.bridgework.ui.trash;
