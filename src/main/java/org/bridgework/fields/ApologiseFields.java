package org.bridgework.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairOffer;

/** Step 6, apologise and forgive: {@link Reconciliation}, the apology and what we forgive. */
public final class ApologiseFields {
    public static final Field<Apology, String> DRAFT = Field.<Apology>text("draft", Apology::draft).column("apology_draft");
    /** The workbook keeps them in the {@code apology_component} table. */
    public static final Field<Apology, Set<ApologyComponent>> TICKED = Field.words("ticked", ApologyComponent.class,
            Apology::ticked).json("components").entry("component");
    /** The workbook keeps them in the {@code repair_offer} table. */
    public static final Field<Apology, List<String>> OFFERS = Field.texts("offers",
            a -> a.offers().stream().map(RepairOffer::text).toList());
    public static final Field<Apology, Optional<LocalDate>> GIVEN_ON = Field.<Apology>date("givenOn", Apology::givenOn)
            .column("apology_given_on");
    public static final Field<Apology, Optional<Channel>> CHANNEL = Field.choice("channel", Channel.class,
            Apology::channel).column("apology_channel");
    public static final Field<Apology, String> THEIR_RESPONSE = Field.text("theirResponse", Apology::theirResponse);
    public static final Field<Apology, String> RESPONSE_INSTEAD = Field.text("responseInstead",
            Apology::responseInstead);
    public static final Sheet<Apology> APOLOGY = Sheet.of(Apology.none(),
            v -> new Apology(v.get(DRAFT), v.get(TICKED), v.get(OFFERS).stream().map(RepairOffer::new).toList(),
                    v.get(GIVEN_ON), v.get(CHANNEL), v.get(THEIR_RESPONSE), v.get(RESPONSE_INSTEAD)),
            DRAFT, TICKED, OFFERS, GIVEN_ON, CHANNEL, THEIR_RESPONSE, RESPONSE_INSTEAD);

    public static final Field<Forgiveness, String> WHAT_WE_FORGIVE = Field.text("whatWeForgive",
            Forgiveness::whatWeForgive);
    public static final Field<Forgiveness, String> HOW_WE_MOVE_ON = Field.text("howWeMoveOn", Forgiveness::howWeMoveOn);
    public static final Sheet<Forgiveness> FORGIVENESS = Sheet.of(Forgiveness.none(),
            v -> new Forgiveness(v.get(WHAT_WE_FORGIVE), v.get(HOW_WE_MOVE_ON)), WHAT_WE_FORGIVE, HOW_WE_MOVE_ON);

    public static final Field<Reconciliation, Apology> APOLOGY_PART = Field.sheet("apology", APOLOGY,
            Reconciliation::apology);
    public static final Field<Reconciliation, Forgiveness> FORGIVENESS_PART = Field.sheet("forgiveness", FORGIVENESS,
            Reconciliation::forgiveness);
    public static final Sheet<Reconciliation> SHEET = Sheet.of(Reconciliation.empty(),
            v -> new Reconciliation(v.get(APOLOGY_PART), v.get(FORGIVENESS_PART)), APOLOGY_PART, FORGIVENESS_PART);

    private ApologiseFields() {
    }
}
