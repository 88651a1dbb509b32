/**
 * Passphrase-encrypted copies of workbooks and exports, in the standard OpenPGP format so that {@code gpg
 * --decrypt} opens them on any machine without Bridgework. Uses Bouncy Castle's lightweight API only: no security
 * provider is registered with the JVM. Knows nothing of workbooks or of the user's language; the reasons it gives
 * ({@link org.bridgework.backup.crypto.EncryptedFileException.Kind},
 * {@link org.bridgework.backup.crypto.PassphraseProblem}) are put in words by {@code org.bridgework.problems}.
 */
package org.bridgework.backup.crypto;
