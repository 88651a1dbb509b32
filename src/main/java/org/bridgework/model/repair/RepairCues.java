package org.bridgework.model.repair;

import java.util.List;

/**
 * Offer of repair: something concrete that makes good the harm — a refund, a credit, redoing or replacing the
 * work, waiving a fee, a discount, "at our cost", "no charge", a named person or extra people assigned. A bare
 * "we will", "we'll put it right" or "we will look into it" is not an offer. Negated ("we will not refund") and
 * hedged ("we might consider a refund") offers do not count.
 */
final class RepairCues {
    private static final String MONEY = "(?:£|\\$|€|\\d)";
    private static final List<Cue> CUES = List.of(
            Cue.guarded("\\brefund(?:s|ed|ing)? (?:(?:the |your |all |every |this |that )?(?:\\w+ ){0,2}(?:fees?|charges?"
                    + "|costs?|deposit|amount|difference|invoices?|payment)\\b|the|your|you|all|every|in full|it|them"
                    + "|this|that|" + MONEY + ")"
                    + "|\\b(?:full|partial|complete) refund\\b"),
            Cue.guarded("\\bcredit(?:ed|ing)? (?:your account|you\\b|(?:the |your |all |this )?(?:\\w+ ){0,2}(?:fees?"
                    + "|charges?|costs?|invoices?|amount|difference)\\b|"
                    + MONEY + "|(?:this|next|last) \\w+'s|(?:a|an|one|two|three|\\d+) (?:weeks?|months?|days?|hours?))"
                    + "|\\b(?:issue|issued|issuing|send|sent|raise|raised) (?:you )?a credit note\\b"),
            Cue.guarded("\\bre-?(?:do|did|done|doing|run|ran|print|printed|printing|deliver|shoot|test|install|work)\\b"),
            Cue.guarded("\\breplac(?:e|es|ed|ing) (?:the |every |all |any |your )?(?:damaged|faulty|broken|cracked"
                    + "|defective|missing|wrong|lost|spoiled|scratched)\\b|\\breplacement (?:\\w+)\\b"),
            Cue.guarded("\\bwaiv(?:e|es|ed|ing)\\b"),
            Cue.guarded("\\b(?:offer|offering|give|giving|apply|applying|take|taking)(?: you)? (?:a |an )?(?:\\S+ )?discount\\b"),
            Cue.unlessHedged("\\b(?:free of charge|at no (?:extra |additional )?(?:cost|charge)|no charge|at (?:our|my)"
                    + " (?:own )?(?:cost|expense)|on the house|(?:not|never) be charged|no cost to you|for free"
                    + "|without charge)\\b"),
            Cue.guarded("\\b(?:compensat(?:e|ion|ing)|reimburs(?:e|ed|ing|ement))\\b"),
            Cue.guarded("\\b(?:cover|pay for|pay) (?:the |all |your |any )?(?:extra |additional |full )?(?:\\w+ )?"
                    + "(?:costs?|fees?|bill|shipping|delivery|nights|hotel|travel|expenses|charges?)\\b"),
            Cue.guarded("\\bsend(?:ing)? (?:a|an|our|two|three|\\w+) (?:\\w+ )?(?:technician|engineer|specialist|fitter"
                    + "|crew|replacement)\\b"),
            Cue.guarded("\\b(?:assign|assigning|assigned|put|putting|add|adding|bring|bringing|provide|providing"
                    + "|give you|giving you|lend|lending) (?:\\w+ ){0,2}(?:dedicated|extra|additional|senior|named)\\b"),
            Cue.guarded("\\b(?:will|is going to) (?:be on site|join your team|work (?:alongside|with) your team"
                    + "|stay on site|be (?:dedicated|assigned) to)\\b"),
            Cue.guarded("\\bmake it up to you with\\b|\\blend you\\b|\\bloan you\\b"),
            Cue.guarded("\\b(?:free|complimentary) (?:\\w+ ){0,2}(?:support|service|visits?|months?|licen[cs]es?"
                    + "|delivery|upgrade|training)\\b|\\b(?:are|is) (?:free|complimentary)\\b"),
            Cue.guarded("\\b(?:reprint|rework|repair|fix|redo|replacement|cost|bill|delivery|shipping|fee) (?:is|are) on us\\b"),
            Cue.guarded("\\btake (?:the|that|this) (?:\\w+ )?(?:charges?|fees?|costs?|items?) off\\b"),
            Cue.guarded("\\b(?:will|can|shall) (?:personally |also )?(?:repair|fix|rebuild|correct) (?:the|your|it|this"
                    + "|every|all|them)\\b"),
            Cue.guarded("\\b(?:refund|credit|replacement|credit note|new \\w+) (?:is|are) on (?:its|their) way\\b"),
            Cue.guarded("\\b(?:has been|have been|is being|are being|will be) (?:refunded|credited|waived|reimbursed"
                    + "|written off|cancelled|canceled)\\b"),
            Cue.unlessHedged("\\b(?:do not|need not) pay (?:the|that|this|your) (?:\\w+ )?(?:invoice|bill)\\b"
                    + "|\\b(?:cancel|cancelling|cancelled|write off|writing off|wrote off) (?:the |that |this |your )?"
                    + "(?:\\w+ )?(?:invoice|charge|fee|bill)s?\\b|\\b(?:carriage|postage|delivery) paid\\b"),
            Cue.guarded("\\b(?:give|giving|offer|offering|provide|providing) (?:you )?(?:\\w+ ){1,4}free\\b"),
            Cue.guarded("\\b(?:asked|assigned|put|appointed|named) [^.;]{0,40}? to (?:handle|look after|take over|manage|run"
                    + "|lead|work on|oversee|stay with) (?:your|the)\\b"),
            Cue.guarded("\\brush (?:a|the) (?:new|replacement)\\b|\\b(?:deliver|send) the corrected\\b"));

    private RepairCues() {
    }

    static List<Cue.Hit> find(DraftSentence sentence) {
        return Cue.hits(CUES, sentence);
    }
}
