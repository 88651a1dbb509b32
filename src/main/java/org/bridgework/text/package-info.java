/** User-visible text: the resource bundles and how to read them. Depends on nothing of the app. */
package org.bridgework.text;
