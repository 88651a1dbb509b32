/**
 * Encrypted copies of a workbook in a second folder (off the laptop's disk), and where their passphrase is kept:
 * the operating system's secret store, or this run's memory. No screens here: the window and tests use it alike.
 */
package org.bridgework.offsite;
