/**
 * The repair's fields, each described once: its name, what it holds, how to get it from its record, its
 * column in the workbook and its name in an export file. The store and the export read and write the fields
 * from these descriptions, so a new plain field is one line here (see docs/architecture.md, "Adding a repair
 * field"). Depends on the model only: no SQL, no JSON library, no toolkit.
 */
package org.bridgework.fields;
