/** Files the user chooses to write (a plan PDF, an export): written whole or not at all. */
package org.bridgework.files;
