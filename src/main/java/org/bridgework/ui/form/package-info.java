/** Building blocks for worksheets: labelled form rows, fields that validate as typed, editable lists. */
package org.bridgework.ui.form;
