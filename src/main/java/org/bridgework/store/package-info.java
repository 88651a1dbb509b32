/**
 * The SQLite workbook: opening and checking the file, migrating its schema, and one repository per
 * aggregate. All SQL of the application lives in this package.
 */
package org.bridgework.store;
