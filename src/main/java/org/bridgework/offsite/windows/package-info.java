/**
 * Windows' Credential Manager through advapi32, called with JNA: generic credentials written, read and deleted, and
 * the encoding of a passphrase as a credential's blob. Knows nothing of the rest of the app; org.bridgework.offsite
 * uses it as the secret store on Windows. Not run by the build, which runs on Linux (only the encoding is tested).
 */
package org.bridgework.offsite.windows;
