package org.bridgework.fields;

import org.bridgework.model.repair.Ownership;

/** Step 3, own our part: {@link Ownership}. */
public final class OwnFields {
    public static final Field<Ownership, String> WHAT_WE_DID = Field.text("whatWeDid", Ownership::whatWeDid);
    public static final Field<Ownership, String> WHAT_WE_WILL_CHANGE = Field.text("whatWeWillChange",
            Ownership::whatWeWillChange);
    public static final Field<Ownership, String> SPOKESPERSON = Field.text("spokesperson", Ownership::spokesperson);
    public static final Sheet<Ownership> SHEET = Sheet.of(Ownership.empty(),
            v -> new Ownership(v.get(WHAT_WE_DID), v.get(WHAT_WE_WILL_CHANGE), v.get(SPOKESPERSON)),
            WHAT_WE_DID, WHAT_WE_WILL_CHANGE, SPOKESPERSON);

    private OwnFields() {
    }
}
