-- Team workbook version 0015 (live updates): every committed change to a relationship or any row of its repair tells the
-- Bridgeworks listening on this schema which relationship changed (TeamChangeFeed). The message carries the
-- relationship's id and nothing else, because PostgreSQL does not filter notifications by row security. The
-- channel is named from the schema, so team workbooks in one database do not wake each other; md5 keeps the name
-- within PostgreSQL's 63 bytes whatever the schema is called. A notification is sent when its transaction commits,
-- once per relationship and transaction however many rows changed.
CREATE FUNCTION notify_relationship_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'relationship' THEN
        IF TG_OP = 'DELETE' THEN changed := OLD.id; ELSE changed := NEW.id; END IF;
    ELSE
        IF TG_OP = 'DELETE' THEN changed := OLD.relationship_id; ELSE changed := NEW.relationship_id; END IF;
    END IF;
    PERFORM pg_notify('bridgework_' || substr(md5(TG_TABLE_SCHEMA), 1, 16), changed::text);
    RETURN NULL;
END
$$;
DO $$
DECLARE
    watched TEXT;
BEGIN
    FOREACH watched IN ARRAY ARRAY['relationship', 'repair_case', 'assessment', 'understanding', 'incident',
            'ownership', 'preparation', 'fact', 'key_message', 'conversation', 'conversation_participant',
            'reconciliation', 'apology_component', 'repair_offer', 'commitment', 'rebuilding', 'trust_check_in',
            'step_milestone', 'agenda_snooze'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                || 'FOR EACH ROW EXECUTE FUNCTION notify_relationship_changed()', watched || '_changed', watched);
    END LOOP;
END
$$;
