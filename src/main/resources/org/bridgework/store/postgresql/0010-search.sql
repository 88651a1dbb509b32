-- Version 10 of a team workbook, as migrations/0010: search through everything the worksheets hold.
-- The same view of every text (search_source) and the same table of the entries that are not blank
-- (search_entry), kept in step by triggers on the worksheet tables (one PL/pgSQL function for all). The index is
-- PostgreSQL's own full-text search: a GIN index over each entry's words ('simple' configuration: no stemming,
-- no stop words, as the workbook file's FTS5 index), in lower case with the accents removed by search_fold.
-- Only the first 10,000 characters of one text are indexed: a tsvector has a size limit, a save must never
-- fail because a text is long, and folding a long text on every save of its row costs.
CREATE VIEW search_source (relationship_id, source, position, day, body) AS
    SELECT t.id, 'notes', 0, NULL, t.notes FROM relationship t
    UNION ALL SELECT t.relationship_id, 'decision_reason', 0, NULL, t.decision_reason FROM assessment t
    UNION ALL SELECT t.relationship_id, 'first_response', 0, t.first_response_acknowledged_on, t.first_response_harm_contained || chr(10) || t.first_response_who_calls FROM assessment t
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
    UNION ALL SELECT t.relationship_id, 'fact', t.position, NULL, t.statement || chr(10) || t.source FROM fact t
    UNION ALL SELECT t.relationship_id, 'key_message', t.position, NULL, t.message FROM key_message t
    UNION ALL SELECT t.relationship_id, 'conversation', t.position, t.held_on, t.could_have_done_differently || chr(10) || t.what_they_want_now || chr(10) || t.revealed_about_us || chr(10) || t.agreed_next_steps || chr(10) || coalesce((SELECT string_agg(p.name, ', ' ORDER BY p.position) FROM conversation_participant p
        WHERE p.relationship_id = t.relationship_id AND p.conversation_position = t.position), '') FROM conversation t
    UNION ALL SELECT t.relationship_id, 'apology', 0, t.apology_given_on, t.apology_draft FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'their_response', 0, NULL, t.their_response FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'response_instead', 0, NULL, t.response_instead FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'forgiveness', 0, NULL, t.what_we_forgive || chr(10) || t.how_we_move_on FROM reconciliation t
    UNION ALL SELECT t.relationship_id, 'repair_offer', t.position, NULL, t.offer FROM repair_offer t
    UNION ALL SELECT t.relationship_id, 'commitment', t.position, t.due_on, t.what || chr(10) || t.owner || chr(10) || t.measure_of_success || chr(10) || t.evidence FROM commitment t
    UNION ALL SELECT t.relationship_id, 'lessons', 0, NULL, t.lessons_learned FROM rebuilding t
    UNION ALL SELECT t.relationship_id, 'check_in', t.position, t.taken_on, t.note FROM trust_check_in t;
CREATE TABLE search_entry (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    source          TEXT    NOT NULL,
    position        INTEGER NOT NULL,
    day             TEXT,
    body            TEXT    NOT NULL
);
CREATE UNIQUE INDEX search_entry_key ON search_entry (relationship_id, source, position);
-- Lower case (as far as the server's locale goes: under the C locale, ASCII only) and without accents: the text
-- decomposed (NFD, which needs a UTF8 database, as a team workbook is), its combining marks removed, as the
-- workbook file's FTS5 index and the app fold the words searched for. Linear in the text's length.
CREATE FUNCTION search_fold(words TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(regexp_replace(normalize(left(words, 10000), NFD),
        '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'))
$$;
CREATE INDEX search_entry_words ON search_entry USING gin (to_tsvector('simple', search_fold(body)));
INSERT INTO search_entry (relationship_id, source, position, day, body)
    SELECT relationship_id, source, position, day, body FROM search_source
    WHERE btrim(body, ' ' || chr(9) || chr(10) || chr(13)) <> '';
-- Writes the entries of the row changed again (deleted, then inserted if not blank). Its arguments: the column
-- holding the relationship's id, the column holding the list position ('' for a sheet) and the sources the table
-- feeds, separated by commas.
CREATE FUNCTION search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
    owner_id BIGINT;
    at_position INTEGER;
    sources TEXT[] := string_to_array(TG_ARGV[2], ',');
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    owner_id := (changed ->> TG_ARGV[0])::BIGINT;
    IF TG_ARGV[1] <> '' THEN
        at_position := (changed ->> TG_ARGV[1])::INTEGER;
    END IF;
    DELETE FROM search_entry e WHERE e.relationship_id = owner_id AND e.source = ANY (sources)
        AND (at_position IS NULL OR e.position = at_position);
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO search_entry (relationship_id, source, position, day, body)
            SELECT s.relationship_id, s.source, s.position, s.day, s.body FROM search_source s
            WHERE s.relationship_id = owner_id AND s.source = ANY (sources) AND (at_position IS NULL OR s.position = at_position)
            AND btrim(s.body, ' ' || chr(9) || chr(10) || chr(13)) <> '';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER search_relationship AFTER INSERT OR UPDATE OF notes ON relationship FOR EACH ROW
    EXECUTE FUNCTION search_refresh('id', '', 'notes');
CREATE TRIGGER search_assessment AFTER INSERT OR UPDATE OR DELETE ON assessment FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', '', 'decision_reason,first_response');
CREATE TRIGGER search_understanding AFTER INSERT OR UPDATE OR DELETE ON understanding FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', '', 'their_account,our_account,root_cause,wider_problem');
CREATE TRIGGER search_incident AFTER INSERT OR UPDATE OR DELETE ON incident FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'position', 'incident');
CREATE TRIGGER search_ownership AFTER INSERT OR UPDATE OR DELETE ON ownership FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', '', 'what_we_did,what_we_will_change,spokesperson,facts_for_them');
CREATE TRIGGER search_preparation AFTER INSERT OR UPDATE OR DELETE ON preparation FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', '', 'their_likely_view,their_interests,meeting');
CREATE TRIGGER search_fact AFTER INSERT OR UPDATE OR DELETE ON fact FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'position', 'fact');
CREATE TRIGGER search_key_message AFTER INSERT OR UPDATE OR DELETE ON key_message FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'position', 'key_message');
CREATE TRIGGER search_conversation AFTER INSERT OR UPDATE OR DELETE ON conversation FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'position', 'conversation');
CREATE TRIGGER search_reconciliation AFTER INSERT OR UPDATE OR DELETE ON reconciliation FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', '', 'apology,their_response,response_instead,forgiveness');
CREATE TRIGGER search_repair_offer AFTER INSERT OR UPDATE OR DELETE ON repair_offer FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'position', 'repair_offer');
CREATE TRIGGER search_commitment AFTER INSERT OR UPDATE OR DELETE ON commitment FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'position', 'commitment');
CREATE TRIGGER search_rebuilding AFTER INSERT OR UPDATE OR DELETE ON rebuilding FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', '', 'lessons');
CREATE TRIGGER search_trust_check_in AFTER INSERT OR UPDATE OR DELETE ON trust_check_in FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'position', 'check_in');
CREATE TRIGGER search_participant AFTER INSERT OR UPDATE OR DELETE ON conversation_participant FOR EACH ROW
    EXECUTE FUNCTION search_refresh('relationship_id', 'conversation_position', 'conversation');
-- This week, as migrations/0010: the last conversation and check-in of each repair are one step down an index. (The
-- workbook file also keeps each open commitment's text in commitment_open_due; PostgreSQL's B-tree entries have a
-- size limit that a long commitment could pass, so a save could fail: not here.)
CREATE INDEX conversation_held ON conversation (relationship_id, held_on);
CREATE INDEX trust_check_in_taken ON trust_check_in (relationship_id, baseline, taken_on);
