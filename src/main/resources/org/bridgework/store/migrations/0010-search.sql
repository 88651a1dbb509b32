-- Version 10: search through everything the worksheets hold (issue 15, point 6).
-- search_source names every text of a relationship's worksheets, one row per entry: the notes, each text of a
-- step's sheet (position 0), and each entry of a list (its position), with the entry's day where it has one.
-- search_entry keeps those rows that are not blank, and search_index is an FTS5 word index over their text
-- (lower case, accents removed). Triggers on the worksheet tables write a changed row's entries again in the
-- same transaction, so the index is in step with every save, by any path; it is derived data, never edited.
CREATE VIEW search_source (relationship_id, source, position, day, body) AS
    SELECT t.id, 'notes', 0, NULL, t.notes FROM relationship t
    UNION ALL SELECT t.relationship_id, 'decision_reason', 0, NULL, t.decision_reason FROM assessment t
    UNION ALL SELECT t.relationship_id, 'first_response', 0, t.first_response_acknowledged_on, t.first_response_harm_contained || char(10) || t.first_response_who_calls FROM assessment t
    UNION ALL SELECT t.relationship_id, 'their_account', 0, NULL, t.their_account FROM understanding t
    UNION ALL SELECT t.relationship_id, 'our_account', 0, NULL, t.our_account FROM understanding t
    UNION ALL SELECT t.relationship_id, 'root_cause', 0, NULL, t.root_cause FROM understanding t
    UNION ALL SELECT t.relationship_id, 'wider_problem', 0, NULL, t.wider_problem_note FROM understanding t
    UNION ALL SELECT t.relationship_id, 'incident', t.position, t.happened_on, t.description FROM incident t
    UNION ALL SELECT t.relationship_id, 'what_we_did', 0, NULL, t.what_we_did FROM ownership t
    UNION ALL SELECT t.relationship_id, 'what_we_will_change', 0, NULL, t.what_we_will_change FROM ownership t
    UNION ALL SELECT t.relationship_id, 'spokesperson', 0, NULL, t.spokesperson FROM ownership t
    UNION ALL SELECT t.relationship_id, 'facts_for_them', 0, t.facts_expected_on, t.facts_for_them FROM ownership t
    UNION ALL SELECT t.relationship_id, 'their_likely_view', 0, NULL, t.their_likely_view FROM preparation t
    UNION ALL SELECT t.relationship_id, 'their_interests', 0, NULL, t.their_interests FROM preparation t
    UNION ALL SELECT t.relationship_id, 'meeting', 0, t.meeting_on, t.meeting_who FROM preparation t
    UNION ALL SELECT t.relationship_id, 'fact', t.position, NULL, t.statement || char(10) || t.source FROM fact t
    UNION ALL SELECT t.relationship_id, 'key_message', t.position, NULL, t.message FROM key_message t
    UNION ALL SELECT t.relationship_id, 'conversation', t.position, t.held_on, t.could_have_done_differently || char(10) || t.what_they_want_now || char(10) || t.revealed_about_us || char(10) || t.agreed_next_steps || char(10) || coalesce((SELECT group_concat(name, ', ') FROM (SELECT p.name AS name FROM conversation_participant p
        WHERE p.relationship_id = t.relationship_id AND p.conversation_position = t.position ORDER BY p.position)), '') FROM conversation t
    UNION ALL SELECT t.relationship_id, 'apology', 0, t.apology_given_on, t.apology_draft FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'their_response', 0, NULL, t.their_response FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'response_instead', 0, NULL, t.response_instead FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'forgiveness', 0, NULL, t.what_we_forgive || char(10) || t.how_we_move_on FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'repair_offer', t.position, NULL, t.offer FROM repair_offer t
    UNION ALL SELECT t.relationship_id, 'commitment', t.position, t.due_on, t.what || char(10) || t.owner || char(10) || t.measure_of_success || char(10) || t.evidence FROM commitment t
    UNION ALL SELECT t.relationship_id, 'lessons', 0, NULL, t.lessons_learned FROM rebuilding t
    UNION ALL SELECT t.relationship_id, 'check_in', t.position, t.taken_on, t.note FROM trust_check_in t;
CREATE TABLE search_entry (
    id              INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    source          TEXT    NOT NULL,
    position        INTEGER NOT NULL,
    day             TEXT,
    body            TEXT    NOT NULL
);
CREATE UNIQUE INDEX search_entry_key ON search_entry (relationship_id, source, position);
-- What a search reads of each entry found, without reading the rows that hold the texts (docs/benchmarks.md).
CREATE INDEX search_entry_place ON search_entry (id, relationship_id, source, position, day);
-- External content: the text is read from search_entry when needed, not kept a second time in the index.
CREATE VIRTUAL TABLE search_index USING fts5 (body, content = 'search_entry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER search_entry_added AFTER INSERT ON search_entry BEGIN
    INSERT INTO search_index (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER search_entry_removed AFTER DELETE ON search_entry BEGIN
    INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', OLD.id, OLD.body);
END;
INSERT INTO search_entry (relationship_id, source, position, day, body)
    SELECT relationship_id, source, position, day, body FROM search_source
    WHERE trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
-- A row added or changed writes its entries again (deleted, then inserted if not blank); a row removed takes its
-- entries with it. A relationship deleted for good takes its entries by ON DELETE CASCADE.
CREATE TRIGGER search_relationship_added AFTER INSERT ON relationship BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.id AND source IN ('notes');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.id AND source IN ('notes') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_relationship_changed AFTER UPDATE OF notes ON relationship BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.id AND source IN ('notes');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.id AND source IN ('notes') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_assessment_added AFTER INSERT ON assessment BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('decision_reason', 'first_response');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('decision_reason', 'first_response') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_assessment_changed AFTER UPDATE ON assessment BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('decision_reason', 'first_response');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('decision_reason', 'first_response') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_assessment_removed AFTER DELETE ON assessment BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('decision_reason', 'first_response');
END;
CREATE TRIGGER search_understanding_added AFTER INSERT ON understanding BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('their_account', 'our_account', 'root_cause', 'wider_problem');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('their_account', 'our_account', 'root_cause', 'wider_problem') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_understanding_changed AFTER UPDATE ON understanding BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('their_account', 'our_account', 'root_cause', 'wider_problem');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('their_account', 'our_account', 'root_cause', 'wider_problem') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_understanding_removed AFTER DELETE ON understanding BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('their_account', 'our_account', 'root_cause', 'wider_problem');
END;
CREATE TRIGGER search_incident_added AFTER INSERT ON incident BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('incident') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('incident') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_incident_changed AFTER UPDATE ON incident BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('incident') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('incident') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_incident_removed AFTER DELETE ON incident BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('incident') AND position = OLD.position;
END;
CREATE TRIGGER search_ownership_added AFTER INSERT ON ownership BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('what_we_did', 'what_we_will_change', 'spokesperson', 'facts_for_them');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('what_we_did', 'what_we_will_change', 'spokesperson', 'facts_for_them') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_ownership_changed AFTER UPDATE ON ownership BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('what_we_did', 'what_we_will_change', 'spokesperson', 'facts_for_them');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('what_we_did', 'what_we_will_change', 'spokesperson', 'facts_for_them') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_ownership_removed AFTER DELETE ON ownership BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('what_we_did', 'what_we_will_change', 'spokesperson', 'facts_for_them');
END;
CREATE TRIGGER search_preparation_added AFTER INSERT ON preparation BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('their_likely_view', 'their_interests', 'meeting');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('their_likely_view', 'their_interests', 'meeting') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_preparation_changed AFTER UPDATE ON preparation BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('their_likely_view', 'their_interests', 'meeting');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('their_likely_view', 'their_interests', 'meeting') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_preparation_removed AFTER DELETE ON preparation BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('their_likely_view', 'their_interests', 'meeting');
END;
CREATE TRIGGER search_fact_added AFTER INSERT ON fact BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('fact') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('fact') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_fact_changed AFTER UPDATE ON fact BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('fact') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('fact') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_fact_removed AFTER DELETE ON fact BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('fact') AND position = OLD.position;
END;
CREATE TRIGGER search_key_message_added AFTER INSERT ON key_message BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('key_message') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('key_message') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_key_message_changed AFTER UPDATE ON key_message BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('key_message') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('key_message') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_key_message_removed AFTER DELETE ON key_message BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('key_message') AND position = OLD.position;
END;
CREATE TRIGGER search_conversation_added AFTER INSERT ON conversation BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('conversation') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('conversation') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_conversation_changed AFTER UPDATE ON conversation BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('conversation') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('conversation') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_conversation_removed AFTER DELETE ON conversation BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('conversation') AND position = OLD.position;
END;
CREATE TRIGGER search_reconciliation_added AFTER INSERT ON reconciliation BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('apology', 'their_response', 'response_instead', 'forgiveness');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('apology', 'their_response', 'response_instead', 'forgiveness') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_reconciliation_changed AFTER UPDATE ON reconciliation BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('apology', 'their_response', 'response_instead', 'forgiveness');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('apology', 'their_response', 'response_instead', 'forgiveness') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_reconciliation_removed AFTER DELETE ON reconciliation BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('apology', 'their_response', 'response_instead', 'forgiveness');
END;
CREATE TRIGGER search_repair_offer_added AFTER INSERT ON repair_offer BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('repair_offer') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('repair_offer') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_repair_offer_changed AFTER UPDATE ON repair_offer BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('repair_offer') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('repair_offer') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_repair_offer_removed AFTER DELETE ON repair_offer BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('repair_offer') AND position = OLD.position;
END;
CREATE TRIGGER search_commitment_added AFTER INSERT ON commitment BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('commitment') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('commitment') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_commitment_changed AFTER UPDATE ON commitment BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('commitment') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('commitment') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_commitment_removed AFTER DELETE ON commitment BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('commitment') AND position = OLD.position;
END;
CREATE TRIGGER search_rebuilding_added AFTER INSERT ON rebuilding BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('lessons');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('lessons') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_rebuilding_changed AFTER UPDATE ON rebuilding BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('lessons');
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('lessons') AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_rebuilding_removed AFTER DELETE ON rebuilding BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('lessons');
END;
CREATE TRIGGER search_trust_check_in_added AFTER INSERT ON trust_check_in BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('check_in') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('check_in') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_trust_check_in_changed AFTER UPDATE ON trust_check_in BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source IN ('check_in') AND position = NEW.position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source IN ('check_in') AND position = NEW.position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_trust_check_in_removed AFTER DELETE ON trust_check_in BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source IN ('check_in') AND position = OLD.position;
END;
CREATE TRIGGER search_participant_added AFTER INSERT ON conversation_participant BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source = 'conversation' AND position = NEW.conversation_position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source = 'conversation' AND position = NEW.conversation_position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_participant_changed AFTER UPDATE ON conversation_participant BEGIN
    DELETE FROM search_entry WHERE relationship_id = NEW.relationship_id AND source = 'conversation' AND position = NEW.conversation_position;
    INSERT INTO search_entry (relationship_id, source, position, day, body)
        SELECT relationship_id, source, position, day, body FROM search_source
        WHERE relationship_id = NEW.relationship_id AND source = 'conversation' AND position = NEW.conversation_position AND trim(body, ' ' || char(9) || char(10) || char(13)) <> '';
END;
CREATE TRIGGER search_participant_removed AFTER DELETE ON conversation_participant BEGIN
    DELETE FROM search_entry WHERE relationship_id = OLD.relationship_id AND source = 'conversation' AND position = OLD.conversation_position;
END;
-- This week, measured on 10,000 open repairs with 200,000 commitments (docs/benchmarks.md): the open commitments
-- due by the end of the week are read from the index alone (no visit to each row for its relationship and text),
-- and the last conversation and check-in of each repair are one step down an index instead of reading its rows.
DROP INDEX commitment_open_due;
CREATE INDEX commitment_open_due ON commitment (due_on, relationship_id, what) WHERE status IN ('planned', 'in_progress');
CREATE INDEX conversation_held ON conversation (relationship_id, held_on);
CREATE INDEX trust_check_in_taken ON trust_check_in (relationship_id, baseline, taken_on);
