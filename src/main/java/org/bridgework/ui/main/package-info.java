/** The main window: menus, the portfolio beside the details, the status bar, and opening workbooks. */
package org.bridgework.ui.main;
