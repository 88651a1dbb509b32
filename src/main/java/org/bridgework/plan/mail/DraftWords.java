package org.bridgework.plan.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.plan.NextCheckIn;
import org.bridgework.text.Texts;

/**
 * The words of the three drafts: short, plain, in the bundle's words around what the worksheets hold. Only what
 * may be shared goes in (never notes, key messages or ratings), since the draft is meant for them.
 */
public final class DraftWords {
    /** The most commitments listed under one heading; the attached plan has them all. */
    static final int LISTED = 6;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(Texts.get("plan.format.longDate"),
            Locale.getDefault());

    private final Relationship relationship;
    private final RepairCase repair;
    private final LocalDate today;
    private final List<String> lines = new ArrayList<>();

    private DraftWords(Relationship relationship, RepairCase repair, LocalDate today) {
        this.relationship = relationship;
        this.repair = repair;
        this.today = today;
    }

    /** The draft of this kind, without addresses or attachments. */
    public static MailDraft of(MailKind kind, Relationship relationship, RepairCase repair, LocalDate today) {
        DraftWords words = new DraftWords(relationship, repair, today);
        String subject = switch (kind) {
            case APOLOGY -> words.apology();
            case PROGRESS -> words.progress();
            case CHECK_IN -> words.checkIn();
        };
        return new MailDraft(List.of(), List.of(), subject, String.join("\n", words.lines), List.of());
    }

    /**
     * The apology as drafted, which has its own greeting and signature, with a line about the plan attached.
     * Before one is drafted: a greeting, a placeholder, the offers of repair and our closing.
     */
    private String apology() {
        String draft = repair.reconciliation().apology().draft().strip();
        String subject = Texts.get("mail.apology.subject", counterpart());
        if (!draft.isEmpty()) {
            lines.add(draft);
            lines.add("");
            lines.add(Texts.get("mail.apology.attached"));
            return subject;
        }
        greeting();
        lines.add(Texts.get("mail.apology.empty"));
        List<String> offers = repair.reconciliation().apology().offers().stream().map(RepairOffer::text)
                .filter(t -> !t.isBlank()).map(String::strip).toList();
        if (!offers.isEmpty()) {
            lines.add("");
            lines.add(Texts.get("mail.apology.offers"));
            offers.forEach(o -> lines.add("- " + o));
        }
        closing("mail.apology.plan");
        return subject;
    }

    private String progress() {
        greeting();
        Optional<LocalDate> since = lastSpoke();
        lines.add(since.map(d -> Texts.get("mail.progress.intro.since", date(d)))
                .orElse(Texts.get("mail.progress.intro")));
        List<Commitment> all = repair.actionPlan().commitments().stream().filter(c -> !c.what().isBlank()).toList();
        list("mail.progress.done", all.stream().filter(c -> c.status() == CommitmentStatus.DONE)
                .filter(c -> since.isEmpty() || c.completedOn().filter(d -> d.isAfter(since.get())).isPresent())
                .sorted(Comparator.comparing(c -> c.completedOn().orElse(LocalDate.MIN))).toList(),
                c -> c.completedOn().map(d -> Texts.get("mail.item.doneOn", c.what().strip(), date(d)))
                        .orElse(c.what().strip()));
        list("mail.progress.missed", all.stream().filter(c -> c.status() == CommitmentStatus.MISSED
                        || c.status().isOpen() && c.due().filter(d -> d.isBefore(today)).isPresent())
                .filter(c -> since.isEmpty() || c.due().filter(d -> d.isAfter(since.get())).isPresent()
                        || c.status().isOpen())
                .sorted(Comparator.comparing(c -> c.due().orElse(LocalDate.MIN))).toList(),
                c -> Texts.get("mail.item.due", c.what().strip(), c.due().map(this::date).orElse("")));
        list("mail.progress.next", all.stream().filter(c -> c.status().isOpen())
                        .filter(c -> c.due().filter(d -> !d.isBefore(today)).isPresent())
                        .sorted(Comparator.comparing(c -> c.due().orElseThrow())).toList(),
                c -> Texts.get("mail.item.dueOwned", c.what().strip(), date(c.due().orElseThrow()),
                        c.owner().isBlank() ? Texts.get("mail.item.us") : c.owner().strip()));
        closing("mail.progress.plan");
        return Texts.get("mail.progress.subject", counterpart(), date(today));
    }

    private String checkIn() {
        greeting();
        Optional<LocalDate> when = NextCheckIn.of(repair).flatMap(Commitment::due).filter(d -> !d.isBefore(today));
        lines.add(when.map(d -> Texts.get("mail.checkIn.ask.on", date(d))).orElse(Texts.get("mail.checkIn.ask")));
        lines.add("");
        lines.add(Texts.get("mail.checkIn.cover"));
        lines.add("- " + lastSpoke().map(d -> Texts.get("mail.checkIn.cover.since", date(d)))
                .orElse(Texts.get("mail.checkIn.cover.done")));
        repair.actionPlan().commitments().stream().filter(c -> c.status().isOpen() && !c.what().isBlank())
                .filter(c -> c.due().isPresent()).min(Comparator.comparing(c -> c.due().orElseThrow()))
                .ifPresent(c -> lines.add("- " + Texts.get("mail.checkIn.cover.next", c.what().strip(),
                        date(c.due().orElseThrow()))));
        lines.add("- " + Texts.get("mail.checkIn.cover.differently"));
        closing("mail.checkIn.plan");
        return Texts.get("mail.checkIn.subject", counterpart());
    }

    private void list(String headingKey, List<Commitment> commitments,
                      java.util.function.Function<Commitment, String> line) {
        if (commitments.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(Texts.get(headingKey));
        commitments.stream().limit(LISTED).forEach(c -> lines.add("- " + line.apply(c)));
        if (commitments.size() > LISTED) {
            lines.add(Texts.get("mail.item.more", commitments.size() - LISTED));
        }
    }

    private void greeting() {
        String contact = relationship.contactPerson().strip();
        lines.add(contact.isEmpty() ? Texts.get("mail.greeting.anyone")
                : Texts.get("mail.greeting", contact.split("[,(<]")[0].strip()));
        lines.add("");
    }

    private void closing(String planKey) {
        lines.add("");
        lines.add(Texts.get(planKey));
        lines.add("");
        lines.add(Texts.get("mail.regards"));
        if (!relationship.owner().isBlank()) {
            lines.add(relationship.owner().strip());
        }
    }

    private Optional<LocalDate> lastSpoke() {
        return repair.dialogue().chronological().stream().map(Conversation::date).filter(d -> !d.isAfter(today))
                .reduce((a, b) -> b);
    }

    private String counterpart() {
        return relationship.organisation().isBlank() ? relationship.name() : relationship.organisation().strip();
    }

    private String date(LocalDate d) {
        return DATE.format(d);
    }
}
