/**
 * Export and import files: relationships with everything that belongs to them, as documented JSON
 * (docs/exchange-format.md). The mapping between the model and JSON is written out field by field, on
 * Jackson's streaming parser and generator, so the file format never changes by accident when a model
 * record does. Reads and writes the workbook through the store; no SQL here.
 */
package org.bridgework.exchange;
