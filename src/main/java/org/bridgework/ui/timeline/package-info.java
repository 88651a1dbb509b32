/** The timeline view: every dated action of a repair, the trust trend, filters, and actions on commitments. */
package org.bridgework.ui.timeline;
