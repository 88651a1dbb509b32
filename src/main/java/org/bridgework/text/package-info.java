/** User-visible text: the resource bundle and how to read it. */
package org.bridgework.text;
