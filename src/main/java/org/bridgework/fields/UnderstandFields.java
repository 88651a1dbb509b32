package org.bridgework.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepeatExpected;
import org.bridgework.model.repair.TheirReading;
import org.bridgework.model.repair.Understanding;

/** Step 2, understand: {@link Understanding} and its incidents. */
public final class UnderstandFields {
    public static final Field<Incident, Optional<LocalDate>> INCIDENT_DATE = Field.date("date", Incident::date)
            .column("happened_on");
    public static final Field<Incident, String> DESCRIPTION = Field.text("description", Incident::description);
    public static final Field<Incident, IncidentKind> INCIDENT_KIND = Field.word("kind", IncidentKind.class,
            Incident::kind);
    public static final Sheet<Incident> INCIDENT = Sheet.of(null,
            v -> new Incident(v.get(INCIDENT_DATE), v.get(DESCRIPTION), v.get(INCIDENT_KIND)),
            INCIDENT_DATE, DESCRIPTION, INCIDENT_KIND);

    /** The workbook keeps them in the {@code incident} table. */
    public static final Field<Understanding, List<Incident>> INCIDENTS = Field.list("incidents", INCIDENT,
            Understanding::incidents);
    public static final Field<Understanding, Optional<BreachType>> BREACH_OVERRIDE = Field.choice("breachOverride",
            BreachType.class, Understanding::breachOverride);
    public static final Field<Understanding, String> THEIR_ACCOUNT = Field.text("theirAccount",
            Understanding::theirAccount);
    public static final Field<Understanding, String> OUR_ACCOUNT = Field.text("ourAccount", Understanding::ourAccount);
    public static final Field<Understanding, String> ROOT_CAUSE = Field.text("rootCause", Understanding::rootCause);
    public static final Field<Understanding, Boolean> WIDER_PROBLEM = Field.flag("widerProblem",
            Understanding::widerProblem);
    public static final Field<Understanding, String> WIDER_PROBLEM_NOTE = Field.text("widerProblemNote",
            Understanding::widerProblemNote);
    public static final Field<Understanding, Optional<TheirReading>> THEIR_READING = Field.choice("theirReading",
            TheirReading.class, Understanding::theirReading);
    public static final Field<Understanding, Optional<RepeatExpected>> REPEAT_EXPECTED = Field.choice(
            "repeatExpected", RepeatExpected.class, Understanding::repeatExpected);
    public static final Sheet<Understanding> SHEET = Sheet.of(Understanding.empty(),
            v -> new Understanding(v.get(INCIDENTS), v.get(BREACH_OVERRIDE), v.get(THEIR_ACCOUNT), v.get(OUR_ACCOUNT),
                    v.get(ROOT_CAUSE), v.get(WIDER_PROBLEM), v.get(WIDER_PROBLEM_NOTE), v.get(THEIR_READING),
                    v.get(REPEAT_EXPECTED)),
            INCIDENTS, BREACH_OVERRIDE, THEIR_ACCOUNT, OUR_ACCOUNT, ROOT_CAUSE, WIDER_PROBLEM, WIDER_PROBLEM_NOTE,
            THEIR_READING, REPEAT_EXPECTED);

    private UnderstandFields() {
    }
}
