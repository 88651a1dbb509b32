/** The repair wizard: the eight steps of a relationship's repair, their worksheets and guidance. */
package org.bridgework.ui.wizard;
