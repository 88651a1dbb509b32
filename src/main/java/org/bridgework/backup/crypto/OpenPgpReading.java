package org.bridgework.backup.crypto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bridgework.backup.crypto.EncryptedFileException.Kind;

/**
 * Reads a passphrase-encrypted OpenPGP message and streams its content out, sorting every failure into a
 * {@link Kind}. A failure to write the content is left as the plain IOException it is, so the caller can tell
 * "cannot write there" from "cannot open this".
 */
final class OpenPgpReading {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final FileErrors raw;

    private OpenPgpReading(Path file, FileErrors raw) {
        this.file = file;
        this.raw = raw;
    }

    static void decryptTo(Path encrypted, OutputStream out, Passphrase passphrase) throws IOException {
        InputStream opened;
        try {
            opened = Files.newInputStream(encrypted);
        } catch (IOException e) {
            throw new EncryptedFileException(Kind.UNREADABLE, encrypted, e.getMessage(), e);
        }
        try (FileErrors raw = new FileErrors(opened)) {
            new OpenPgpReading(encrypted, raw).copyContent(out, passphrase);
        }
    }

    private void copyContent(OutputStream out, Passphrase passphrase) throws IOException {
        PGPPBEEncryptedData data = passphraseEncryptedData();
        InputStream clear;
        try {
            clear = data.getDataStream(new BcPBEDataDecryptorFactory(passphrase.characters(),
                    JdkDigests.provider()));
        } catch (PGPException | RuntimeException e) {
            // The quick check on the first decrypted bytes failed, or the session key decrypted with the key derived
            // from the passphrase names no algorithm: the passphrase is wrong. A file cut off this early fails on
            // reading (an IOException inside).
            throw failure(e.getCause() instanceof IOException ? Kind.DAMAGED : Kind.WRONG_PASSPHRASE, e);
        }
        // A wrong passphrase passes the two-byte quick check once in 65,536 tries; the garbage that follows then
        // fails below as DAMAGED, which still writes nothing.
        try {
            InputStream content = literalContent(new BcPGPObjectFactory(clear));
            byte[] buffer = new byte[BUFFER];
            for (int n = read(content, buffer); n >= 0; n = read(content, buffer)) {
                out.write(buffer, 0, n);
            }
            if (!verify(data)) {
                throw failure(Kind.DAMAGED, null);
            }
        } catch (PGPException e) {
            throw failure(Kind.DAMAGED, e);
        }
    }

    /**
     * The integrity check at the end. Checking it reads what is left of the file, so a file cut off within its last
     * bytes (the check itself) fails here, with an IOException: damaged, like any other cut.
     */
    private boolean verify(PGPPBEEncryptedData data) throws PGPException, EncryptedFileException {
        try {
            return data.verify();
        } catch (IOException | RuntimeException e) {
            throw failure(Kind.DAMAGED, e);
        }
    }

    /** The first packets: an optional marker, then the session key for a passphrase, then the encrypted data. */
    private PGPPBEEncryptedData passphraseEncryptedData() throws IOException {
        Object first;
        try {
            BcPGPObjectFactory packets = new BcPGPObjectFactory(PGPUtil.getDecoderStream(raw));
            first = packets.nextObject();
            if (first instanceof PGPMarker) {
                first = packets.nextObject();
            }
        } catch (IOException | RuntimeException e) {
            // Not parseable: a plain file, or an OpenPGP file cut off inside its first packets.
            throw failure(raw.startedLikeOpenPgp() ? Kind.DAMAGED : Kind.NOT_OPENPGP, e);
        }
        if (!(first instanceof PGPEncryptedDataList list)) {
            throw failure(Kind.NOT_OPENPGP, null); // e.g. a signed or plain OpenPGP message, no encryption
        }
        for (Object candidate : list) {
            if (candidate instanceof PGPPBEEncryptedData passphraseData) {
                if (!passphraseData.isIntegrityProtected()) {
                    // Without an integrity check an altered file would open silently; gpg 2.2 refuses it as well.
                    throw failure(Kind.DAMAGED, null);
                }
                return passphraseData;
            }
        }
        throw failure(Kind.NOT_OPENPGP, null); // encrypted for someone's key, not with a passphrase
    }

    private InputStream literalContent(BcPGPObjectFactory packets) throws IOException, PGPException {
        Object next = nextObject(packets);
        if (next instanceof PGPCompressedData compressed) {
            next = nextObject(new BcPGPObjectFactory(compressed.getDataStream()));
        }
        if (next instanceof PGPLiteralData literal) {
            return literal.getInputStream();
        }
        throw failure(Kind.DAMAGED, null);
    }

    private Object nextObject(BcPGPObjectFactory packets) throws EncryptedFileException {
        try {
            return packets.nextObject();
        } catch (IOException | RuntimeException e) {
            throw failure(Kind.DAMAGED, e);
        }
    }

    private int read(InputStream content, byte[] buffer) throws EncryptedFileException {
        try {
            return content.read(buffer);
        } catch (IOException | RuntimeException e) {
            throw failure(Kind.DAMAGED, e);
        }
    }

    /** The kind, unless the file itself could not be read, which is {@link Kind#UNREADABLE} whatever the stage. */
    private EncryptedFileException failure(Kind kind, Throwable cause) {
        if (raw.failure != null) {
            return new EncryptedFileException(Kind.UNREADABLE, file, raw.failure.getMessage(), raw.failure);
        }
        return new EncryptedFileException(kind, file, cause == null ? "" : String.valueOf(cause.getMessage()), cause);
    }

    /** The encrypted file's bytes, remembering whether reading the disk failed and how the file began. */
    private static final class FileErrors extends FilterInputStream {
        private IOException failure;
        private final byte[] start = new byte[32];
        private int startLength;

        FileErrors(InputStream in) {
            super(in);
        }

        boolean startedLikeOpenPgp() {
            return OpenPgpHeader.looksEncrypted(java.util.Arrays.copyOf(start, startLength));
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n > 0 && startLength < start.length) {
                    int copied = Math.min(n, start.length - startLength);
                    System.arraycopy(b, off, start, startLength, copied);
                    startLength += copied;
                }
                return n;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
