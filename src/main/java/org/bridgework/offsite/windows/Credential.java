package org.bridgework.offsite.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;

/**
 * CREDENTIALW of wincred.h, field for field (80 bytes on 64-bit Windows). LastWritten, a FILETIME, is its two
 * 32-bit halves, which lay out the same. JNA reads and writes the public fields by reflection.
 */
@Structure.FieldOrder({"flags", "type", "targetName", "comment", "lastWrittenLow", "lastWrittenHigh", "blobSize",
        "blob", "persist", "attributeCount", "attributes", "targetAlias", "userName"})
public final class Credential extends Structure {
    public int flags;
    public int type;
    public WString targetName;
    public WString comment;
    public int lastWrittenLow;
    public int lastWrittenHigh;
    public int blobSize;
    public Pointer blob;
    public int persist;
    public int attributeCount;
    public Pointer attributes;
    public WString targetAlias;
    public WString userName;

    public Credential() {
        super();
    }

    /** The credential Windows returned at {@code address}, read into the fields. */
    Credential(Pointer address) {
        super(address);
        read();
    }
}
