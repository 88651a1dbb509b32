/**
 * Search through everything a relationship's worksheets hold: the words searched for, where a match was found
 * and the words around it. No JavaFX, no SQL: the store finds the entries, these classes say what to show.
 */
package org.bridgework.model.search;
