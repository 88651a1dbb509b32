package org.bridgework.example;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.DoorState;
import org.bridgework.model.repair.FaultFinding;
import org.bridgework.model.repair.FirstResponse;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepeatExpected;
import org.bridgework.model.repair.TheirReading;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;

/** Steps 1 to 3 of the surcharge example: a first response within a day, their reading, the facts that clear us. */
final class SurchargeBackground {
    private SurchargeBackground() {
    }

    /**
     * A good account, cheap to answer and risky to leave unanswered: REPAIR. Fault is left blank on purpose:
     * nobody did what they feared, and a misreading is nobody's fault.
     */
    static Assessment assessment(LocalDate today) {
        ValueRatings theyBringUs = ValueRatings.none()
                .with(ValueDimension.REVENUE, 3)
                .with(ValueDimension.STRATEGIC_VALUE, 3)
                .with(ValueDimension.REFERRALS, 3)
                .with(ValueDimension.REPUTATION, 4)
                .withAnnualRevenue(new BigDecimal("210000"));
        ValueRatings weBringThem = ValueRatings.none()
                .with(ValueDimension.REVENUE, 3)
                .with(ValueDimension.STRATEGIC_VALUE, 3)
                .with(ValueDimension.REFERRALS, 2)
                .with(ValueDimension.REPUTATION, 3);
        String reason = "Six years with us and they pay on time. Our records say we did nothing wrong, so the "
                + "repair costs us little but a careful answer. Left unanswered, a charge of dishonesty would "
                + "travel round the garden trade, where every buyer knows every other. Priya asked for figures, "
                + "not for a new carrier. Who was at fault is left blank: nobody did what they feared.";
        FirstResponse first = new FirstResponse(Optional.of(today.minusDays(40)), true,
                Optional.of(today.minusDays(35)),
                "Put the two invoices they questioned on hold: no reminders and no late-payment charge until "
                        + "they have our figures and are satisfied.",
                "Graham Holt, Commercial Director");
        return Assessment.empty()
                .withTheyBringUs(theyBringUs)
                .withWeBringThem(weBringThem)
                .withCostOfRepair(1)
                .withAlternatives(3)
                .withRiskOfInaction(5)
                .withDecision(ManagerDecision.of(Verdict.REPAIR, reason))
                .withContext(DoorState.STILL_TALKING, null, OptionalInt.of(4), OptionalInt.of(2))
                .withFirstResponse(first);
    }

    /** Their reading decides: they think we are not straight with them, and that it is still going on. */
    static Understanding understanding(LocalDate today) {
        Incident surcharge = Incident.of(today.minusDays(41),
                "Priya Lorimer wrote to Graham Holt that their audit of our recent invoices found the fuel "
                        + "surcharge up from 8.5% to 11.5% in three months, while the diesel prices their own "
                        + "vans pay had barely moved. She concluded we were padding the surcharge, and put two "
                        + "invoices on hold.",
                IncidentKind.BREACH_OF_TRUST);
        Incident livery = Incident.of(today.minusDays(40),
                "Gareth Penn sent us a photo from their Hexham centre of a lorry in another haulier’s colours "
                        + "unloading their stock, and wrote that it proved we were handing their loads to a "
                        + "cheaper carrier behind their back.",
                IncidentKind.BREACH_OF_TRUST);
        Incident invoice = Incident.of(today.minusDays(41),
                "Our invoices showed the surcharge as a bare percentage: no index price, no band, no reference "
                        + "to the contract. Their auditor had no way to check it without asking us.",
                IncidentKind.MISCOMMUNICATION);
        String theirAccount = "The surcharge went up every month while fuel did not, and then a stranger’s "
                + "lorry turned up with their stock. To them it looked like a carrier charging top price and "
                + "quietly passing the work to someone cheaper.";
        String ourAccount = "Clause 9.2 ties the surcharge to the published weekly index for bulk diesel, which "
                + "rose much faster in those months than the forecourt prices their vans pay. The lorry at Hexham "
                + "was a tractor unit we hired for nine days while ours was repaired; it pulled our trailer "
                + "and our driver drove it. Nothing was padded and nothing was passed on, but nothing on our "
                + "invoice or in our e-mails let them see that.";
        String rootCause = "We ask clients to take the surcharge on trust: the invoice shows the result and "
                + "never the working. And no one tells a client when a hired vehicle will carry their goods, "
                + "because to us it is the same job.";
        String widerNote = "Every client’s invoice shows the surcharge the same way. Two other retail clients "
                + "have asked about it this year, politely; Brightwater are the first to draw the worst "
                + "conclusion.";
        return new Understanding(List.of(surcharge, invoice, livery), Optional.empty(), theirAccount, ourAccount,
                rootCause, true, widerNote)
                .withTheirReading(TheirReading.NOT_STRAIGHT, RepeatExpected.YES);
    }

    /** Cleared by checkable facts, and still owning the small things we could have done better. */
    static Ownership ownership() {
        String whatWeDid = "We did not pad the surcharge or pass on their loads. We did make the surcharge "
                + "impossible to check from the invoice, and we did not tell them that a hired unit would "
                + "carry their stock for nine days.";
        String whatWeWillChange = "Every invoice shows the week’s index price, the band from schedule 3 and the "
                + "percentage that follows from it. A client hears from us before a hired vehicle carries "
                + "their goods, and whose vehicle it is.";
        String facts = "Clause 9.2 and schedule 3 of the contract set the surcharge from the weekly index "
                + "price of bulk diesel. For each of the 13 weeks in question we list the index price, the band "
                + "and the percentage invoiced: all 13 match, and their auditor can recompute them from the "
                + "published index. The Hexham lorry: the hire agreement for the tractor unit, the tachograph "
                + "record of our driver, Alan Pryce, for that day, and the GPS track of our trailer from our "
                + "depot to Hexham and back.";
        return new Ownership(whatWeDid, whatWeWillChange, "Graham Holt, Commercial Director")
                .withFacts(FaultFinding.NOT_AT_FAULT, facts, null);
    }
}
