package org.bridgework.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;

/**
 * The edits a user makes to a repair, one per save, for {@link SaveWritesChangesTest}: each changes one
 * list or one sheet field, and says how many rows it changes.
 */
final class RepairEdits {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private RepairEdits() {
    }

    enum Kind { ADD, EDIT, REMOVE, SWAP, SORT, INSERT, SHEET }

    /** One edit of one list: what, where (taken modulo the list's size) and the text it types. */
    record Edit(Kind kind, Lists list, int index, String text) {
    }

    /** The lists of a repair, each with a way to make and change an entry. */
    enum Lists {
        INCIDENTS(r -> r.understanding().incidents(),
                (r, l) -> r.withUnderstanding(r.understanding().withIncidents(l)),
                (text, n) -> Incident.of(n % 3 == 0 ? null : DAY.plusDays(n % 40), text, IncidentKind.OTHER)),
        CONVERSATIONS(r -> r.dialogue().conversations(), (r, l) -> r.withDialogue(new Dialogue(l)),
                (text, n) -> new Conversation(DAY.plusDays(n % 40), Channel.PHONE, names(text, n), text, "", "", "",
                        Optional.empty())),
        COMMITMENTS(r -> r.actionPlan().commitments(), (r, l) -> r.withActionPlan(new ActionPlan(l)),
                (text, n) -> Commitment.planned(text, "Owner " + n % 3, n % 4 == 0 ? null : DAY.plusDays(n % 40))),
        CHECK_INS(r -> r.rebuilding().checkIns(),
                (r, l) -> r.withRebuilding(new Rebuilding(l, r.rebuilding().outcome(), r.rebuilding().lessonsLearned())),
                (text, n) -> new TrustCheckIn(DAY.plusDays(n % 40), new TrustRatings(n % 5, 3, 4),
                        new TrustRatings(2, n % 7, 3), text)),
        FACTS(r -> r.preparation().facts(), RepairEdits::withFacts, (text, n) -> new Fact(text, "Source " + n % 2)),
        KEY_MESSAGES(r -> r.preparation().keyMessages(), (r, l) -> r.withPreparation(r.preparation().withKeyMessages(l)),
                (text, n) -> text),
        OFFERS(r -> r.reconciliation().apology().offers(), RepairEdits::withOffers, (text, n) -> new RepairOffer(text)),
        /** The ticked apology components, a set: its rows are rewritten when it changes. */
        COMPONENTS(r -> r.reconciliation().apology().ticked().stream().sorted().toList(), RepairEdits::withTicked,
                (text, n) -> ApologyComponent.values()[n % ApologyComponent.values().length]);

        private final Function<RepairCase, List<?>> of;
        private final BiFunction<RepairCase, List<Object>, RepairCase> with;
        private final BiFunction<String, Integer, Object> make;

        @SuppressWarnings({"unchecked", "rawtypes"})
        <T> Lists(Function<RepairCase, List<T>> of, BiFunction<RepairCase, List<T>, RepairCase> with,
                  BiFunction<String, Integer, T> make) {
            this.of = (Function) of;
            this.with = (BiFunction) with;
            this.make = (BiFunction) make;
        }

        List<?> of(RepairCase repair) {
            return of.apply(repair);
        }
    }

    /** The repair after the edit. */
    static RepairCase apply(Edit edit, RepairCase repair) {
        if (edit.kind() == Kind.SHEET) {
            return repair.withOwnership(new Ownership(edit.text(), repair.ownership().whatWeWillChange(), ""));
        }
        List<Object> entries = new ArrayList<>(edit.list().of(repair));
        int at = entries.isEmpty() ? 0 : Math.floorMod(edit.index(), entries.size());
        Object made = edit.list().make.apply(edit.text(), edit.index());
        if (edit.list() == Lists.COMPONENTS) {
            Set<ApologyComponent> ticked = EnumSet.noneOf(ApologyComponent.class);
            entries.forEach(c -> ticked.add((ApologyComponent) c));
            if (!ticked.remove((ApologyComponent) made)) {
                ticked.add((ApologyComponent) made);
            }
            return edit.list().with.apply(repair, new ArrayList<>(ticked));
        }
        switch (edit.kind()) {
            case ADD -> entries.add(made);
            case INSERT -> entries.add(at, made);
            case EDIT -> {
                if (!entries.isEmpty()) {
                    entries.set(at, made);
                }
            }
            case REMOVE -> {
                if (!entries.isEmpty()) {
                    entries.remove(at);
                }
            }
            case SWAP -> {
                if (!entries.isEmpty()) {
                    int other = Math.floorMod(edit.index() * 7 + 1, entries.size());
                    Object first = entries.get(at);
                    entries.set(at, entries.get(other));
                    entries.set(other, first);
                }
            }
            case SORT -> entries.sort(Comparator.comparing(Object::toString));
            default -> throw new IllegalStateException(edit.kind().toString());
        }
        return edit.list().with.apply(repair, entries);
    }

    /** Who took part: none, one or two names, so edits add, change and remove participants. */
    private static List<String> names(String text, int n) {
        return switch (n % 3) {
            case 0 -> List.of();
            case 1 -> List.of(text);
            default -> List.of(text, "Ben " + n);
        };
    }

    private static RepairCase withFacts(RepairCase r, List<Fact> facts) {
        var p = r.preparation();
        return r.withPreparation(new org.bridgework.model.repair.Preparation(facts, p.theirLikelyView(),
                p.theirInterests(), p.keyMessages(), p.apologyWarranted(), p.meeting()));
    }

    private static RepairCase withOffers(RepairCase r, List<RepairOffer> offers) {
        Reconciliation rec = r.reconciliation();
        return r.withReconciliation(new Reconciliation(rec.apology().withOffers(offers), rec.forgiveness()));
    }

    private static RepairCase withTicked(RepairCase r, List<ApologyComponent> ticked) {
        Reconciliation rec = r.reconciliation();
        var a = rec.apology();
        return r.withReconciliation(new Reconciliation(new org.bridgework.model.repair.Apology(a.draft(),
                Set.copyOf(ticked), a.offers(), a.givenOn(), a.channel(), a.theirResponse()), rec.forgiveness()));
    }
}
