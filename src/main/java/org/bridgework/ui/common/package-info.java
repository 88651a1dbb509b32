/** What every screen shares: background work, auto-save, dialogs, FXML loading, icons, theme. */
package org.bridgework.ui.common;
