/**
 * Working together on a team workbook: who changed what and when, the history of a repair's text, who may
 * read and change a relationship, and two people's texts that met in one field. Records only; no SQL.
 */
package org.bridgework.model.team;
