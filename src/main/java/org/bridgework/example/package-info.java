/** The example workbook: a fictional, fully worked repair case whose dates follow the day it is opened. */
package org.bridgework.example;
