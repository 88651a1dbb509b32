package org.bridgework.offsite.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.PointerByReference;
import java.util.Optional;

/**
 * Generic credentials (CRED_TYPE_GENERIC) in Windows' Credential Manager, kept for this user on this computer
 * (CRED_PERSIST_LOCAL_MACHINE: they do not roam to other machines). Every buffer that held a secret is zeroed.
 * Written from Microsoft's documentation of wincred.h and not run on Windows by the build.
 */
public final class GenericCredentials {
    static final int CRED_TYPE_GENERIC = 1;
    static final int CRED_PERSIST_LOCAL_MACHINE = 2;
    /** ERROR_NOT_FOUND: no credential with that name. */
    static final int ERROR_NOT_FOUND = 1168;
    private static final System.Logger LOG = System.getLogger(GenericCredentials.class.getName());

    private final Advapi32Credentials api;

    private GenericCredentials(Advapi32Credentials api) {
        this.api = api;
    }

    /** The Credential Manager, on Windows when JNA can load advapi32; empty elsewhere. */
    public static Optional<GenericCredentials> load() {
        if (!Platform.isWindows()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GenericCredentials(Native.load("Advapi32", Advapi32Credentials.class)));
        } catch (LinkageError e) {
            // JNA's own native part could not be unpacked or loaded (a temp folder that forbids running code).
            LOG.log(System.Logger.Level.WARNING, "Windows Credential Manager not reachable through JNA", e);
            return Optional.empty();
        }
    }

    /** Keeps {@code blob} under {@code target}, replacing what was kept there. */
    public void write(String target, String userName, String comment, byte[] blob) throws WindowsError {
        Memory secret = new Memory(Math.max(1, blob.length));
        try {
            secret.write(0, blob, 0, blob.length);
            Credential credential = new Credential();
            credential.type = CRED_TYPE_GENERIC;
            credential.targetName = new WString(target);
            credential.comment = new WString(comment);
            credential.userName = new WString(userName);
            credential.blobSize = blob.length;
            credential.blob = secret;
            credential.persist = CRED_PERSIST_LOCAL_MACHINE;
            if (!api.CredWriteW(credential, 0)) {
                throw new WindowsError("CredWrite", Native.getLastError());
            }
        } finally {
            secret.clear();
            secret.close();
        }
    }

    /** The blob kept under {@code target}, or empty if there is no such credential. */
    public Optional<byte[]> read(String target) throws WindowsError {
        PointerByReference found = new PointerByReference();
        if (!api.CredReadW(new WString(target), CRED_TYPE_GENERIC, 0, found)) {
            int error = Native.getLastError();
            if (error == ERROR_NOT_FOUND) {
                return Optional.empty();
            }
            throw new WindowsError("CredRead", error);
        }
        Pointer address = found.getValue();
        try {
            Credential credential = new Credential(address);
            if (credential.blobSize <= 0 || credential.blob == null) {
                return Optional.of(new byte[0]);
            }
            byte[] blob = credential.blob.getByteArray(0, credential.blobSize);
            credential.blob.setMemory(0, credential.blobSize, (byte) 0);
            return Optional.of(blob);
        } finally {
            api.CredFree(address);
        }
    }

    /** Removes the credential under {@code target}; none there is no error. */
    public void delete(String target) throws WindowsError {
        if (!api.CredDeleteW(new WString(target), CRED_TYPE_GENERIC, 0)) {
            int error = Native.getLastError();
            if (error != ERROR_NOT_FOUND) {
                throw new WindowsError("CredDelete", error);
            }
        }
    }
}
