/** The example workbook: three fictional, fully worked repair cases whose dates follow the day it is opened. */
package org.bridgework.example;
