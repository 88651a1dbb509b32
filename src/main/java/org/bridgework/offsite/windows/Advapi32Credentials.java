package org.bridgework.offsite.windows;

import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/** The credential functions of advapi32.dll (the wide-character ones), as JNA calls them. Windows BOOL is a Java boolean. */
interface Advapi32Credentials extends StdCallLibrary {
    boolean CredWriteW(Credential credential, int flags);

    boolean CredReadW(WString targetName, int type, int flags, PointerByReference credential);

    boolean CredDeleteW(WString targetName, int type, int flags);

    void CredFree(Pointer buffer);
}
