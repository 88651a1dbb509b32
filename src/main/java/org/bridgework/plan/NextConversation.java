package org.bridgework.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.RepairCase;

/**
 * The conversation a brief prepares for: the planned meeting if it is still ahead, otherwise the next check-in
 * owed (even an overdue one). Who takes part: as planned, or else our owner and their contact.
 *
 * @param when    empty when nothing is planned yet
 * @param who     who takes part, as typed
 * @param channel how, when planned
 * @param checkIn the check-in commitment it comes from, if it does
 */
record NextConversation(Optional<LocalDate> when, String who, Optional<Channel> channel, Optional<Commitment> checkIn) {

    static NextConversation of(Relationship relationship, RepairCase repair, LocalDate today) {
        MeetingPlan meeting = repair.preparation().meeting();
        String who = !Xhtml.blank(meeting.who()) ? meeting.who() : people(relationship);
        if (meeting.when().filter(d -> !d.isBefore(today)).isPresent()) {
            return new NextConversation(meeting.when(), who, meeting.channel(), Optional.empty());
        }
        Optional<Commitment> checkIn = NextCheckIn.of(repair);
        if (checkIn.isPresent()) {
            return new NextConversation(checkIn.get().due(), people(relationship), Optional.empty(), checkIn);
        }
        return new NextConversation(Optional.empty(), who, Optional.empty(), Optional.empty());
    }

    private static String people(Relationship r) {
        if (Xhtml.blank(r.contactPerson()) || Xhtml.blank(r.owner())) {
            return Xhtml.blank(r.contactPerson()) ? r.owner() : r.contactPerson();
        }
        return r.owner() + " \u2014 " + r.contactPerson();
    }
}
