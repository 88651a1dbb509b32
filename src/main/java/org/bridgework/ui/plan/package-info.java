/** The Plan view: a preview of the printable repair plan's pages, Print… and Save as PDF…. */
package org.bridgework.ui.plan;
