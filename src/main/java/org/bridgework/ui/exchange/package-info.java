/** File → Export… and File → Import…: what to export, where, and the import's result. */
package org.bridgework.ui.exchange;
