/**
 * Calendar export (RFC 5545): what is dated in the repairs, as all-day events a calendar program imports and
 * updates on the next import. Written by hand, since the format needs only a few rules (content lines folded
 * at 75 octets, text escaped, UTF-8); tests read it back with an independent parser.
 */
package org.bridgework.exchange.calendar;
