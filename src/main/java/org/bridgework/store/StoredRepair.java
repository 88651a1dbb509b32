package org.bridgework.store;

import org.bridgework.model.repair.RepairCase;

/**
 * A repair as the workbook holds it, known from the last whole read or successful save: what the next save
 * compares with, to write only the rows that changed.
 *
 * @param repair    the repair as stored
 * @param positions where each entry of its lists is stored
 */
record StoredRepair(RepairCase repair, ListPositions positions) {
}
