/** The user's preferences (theme, recent workbooks), kept in a small file beside the default workbook. */
package org.bridgework.settings;
