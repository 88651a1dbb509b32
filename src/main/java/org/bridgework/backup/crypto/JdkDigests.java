package org.bridgework.backup.crypto;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.operator.PGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;

/**
 * The digests of the passphrase's key derivation, taken from the JDK rather than Bouncy Castle's own Java code.
 * The derivation hashes about 65 MB (the largest OpenPGP count) each time a copy is written or opened; the
 * JDK's SHA-256 runs on the processor's hashing instructions where there are any, several times faster. The
 * result is the same SHA-256, so files stay what gpg reads and writes.
 */
final class JdkDigests {
    private JdkDigests() {
    }

    static PGPDigestCalculatorProvider provider() throws PGPException {
        return new JcaPGPDigestCalculatorProviderBuilder().build();
    }
}
