/** The selected relationship's details: a form whose every edit is saved as it is made. */
package org.bridgework.ui.details;
