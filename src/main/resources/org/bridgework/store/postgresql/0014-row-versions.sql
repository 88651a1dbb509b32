-- Version 14 of a team workbook: optimistic versions (issue 17, point 3). Every row carries a version the
-- server gives it on each insert and update, from one sequence, so a number is never given twice (a list
-- entry deleted and added again never gets back a version an editor may still hold). A save that names the
-- version it read (UPDATE … WHERE row_version = ?) changes nothing if someone saved in between. When two
-- people change the same text, the text refused is kept in text_conflict, with the text it was based on and the
-- text it met, until someone settles it.
CREATE SEQUENCE row_versions;
-- SECURITY DEFINER: the sequence is the workbook owner's; colleagues need no grant on it.
CREATE FUNCTION bridgework_next_version() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    NEW.row_version := nextval('row_versions');
    RETURN NEW;
END
$$;
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['relationship', 'repair_case', 'assessment', 'understanding', 'incident', 'ownership',
            'preparation', 'fact', 'key_message', 'conversation', 'conversation_participant', 'reconciliation',
            'apology_component', 'repair_offer', 'commitment', 'rebuilding', 'trust_check_in', 'step_milestone',
            'agenda_snooze'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0', t);
        EXECUTE format('CREATE TRIGGER next_version BEFORE INSERT OR UPDATE ON %I'
                || ' FOR EACH ROW EXECUTE FUNCTION bridgework_next_version()', t);
    END LOOP;
END
$$;
CREATE TABLE text_conflict (
    id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    relationship_id BIGINT      NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    table_name      TEXT        NOT NULL,
    column_name     TEXT        NOT NULL,
    row_key         TEXT        NOT NULL,
    base_text       TEXT        NOT NULL,
    their_text      TEXT        NOT NULL,
    refused_text    TEXT        NOT NULL,
    refused_by      TEXT        NOT NULL,
    refused_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX text_conflict_of_relationship ON text_conflict (relationship_id, id);
CREATE FUNCTION bridgework_conflict_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.refused_by := session_user;
    NEW.refused_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER conflict_as_written BEFORE INSERT OR UPDATE ON text_conflict
    FOR EACH ROW EXECUTE FUNCTION bridgework_conflict_as_written();
ALTER TABLE text_conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE text_conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY may_read ON text_conflict FOR SELECT
    USING (EXISTS (SELECT 1 FROM relationship r WHERE r.id = relationship_id));
CREATE POLICY may_add ON text_conflict FOR INSERT WITH CHECK (bridgework_may_edit(relationship_id));
CREATE POLICY may_remove ON text_conflict FOR DELETE USING (bridgework_may_edit(relationship_id));
