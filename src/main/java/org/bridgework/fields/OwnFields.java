package org.bridgework.fields;

import java.time.LocalDate;
import java.util.Optional;
import org.bridgework.model.repair.FaultFinding;
import org.bridgework.model.repair.Ownership;

/** Step 3, own our part: {@link Ownership}. */
public final class OwnFields {
    public static final Field<Ownership, String> WHAT_WE_DID = Field.text("whatWeDid", Ownership::whatWeDid);
    public static final Field<Ownership, String> WHAT_WE_WILL_CHANGE = Field.text("whatWeWillChange",
            Ownership::whatWeWillChange);
    public static final Field<Ownership, String> SPOKESPERSON = Field.text("spokesperson", Ownership::spokesperson);
    public static final Field<Ownership, Optional<FaultFinding>> FAULT_FINDING = Field.choice("faultFinding",
            FaultFinding.class, Ownership::faultFinding);
    public static final Field<Ownership, String> FACTS_FOR_THEM = Field.text("factsForThem", Ownership::factsForThem);
    public static final Field<Ownership, Optional<LocalDate>> FACTS_EXPECTED_ON = Field.date("factsExpectedOn",
            Ownership::factsExpectedOn);
    public static final Sheet<Ownership> SHEET = Sheet.of(Ownership.empty(),
            v -> new Ownership(v.get(WHAT_WE_DID), v.get(WHAT_WE_WILL_CHANGE), v.get(SPOKESPERSON),
                    v.get(FAULT_FINDING), v.get(FACTS_FOR_THEM), v.get(FACTS_EXPECTED_ON)),
            WHAT_WE_DID, WHAT_WE_WILL_CHANGE, SPOKESPERSON, FAULT_FINDING, FACTS_FOR_THEM, FACTS_EXPECTED_ON);

    private OwnFields() {
    }
}
