-- Version 11 of a team workbook: every row says who made it and who changed it last, and when (issue 17,
-- point 1). The server fills these columns itself, by a trigger, so a change made with psql is recorded as
-- surely as one made by Bridgework, and a client cannot write a name other than its own: "who" is the login
-- (session_user, which SET ROLE does not change), "when" the server's clock at the start of the transaction,
-- so every row of one save carries the same moment. Rows from before version 11 say nothing (NULL).
CREATE FUNCTION bridgework_stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.row_created_by := session_user;
        NEW.row_created_at := now();
    ELSE
        NEW.row_created_by := OLD.row_created_by;
        NEW.row_created_at := OLD.row_created_at;
    END IF;
    NEW.row_changed_by := session_user;
    NEW.row_changed_at := now();
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
        EXECUTE format('ALTER TABLE %I ADD COLUMN row_created_by TEXT, ADD COLUMN row_created_at TIMESTAMPTZ,'
                || ' ADD COLUMN row_changed_by TEXT, ADD COLUMN row_changed_at TIMESTAMPTZ', t);
        EXECUTE format('CREATE TRIGGER stamp_row BEFORE INSERT OR UPDATE ON %I'
                || ' FOR EACH ROW EXECUTE FUNCTION bridgework_stamp_row()', t);
    END LOOP;
END
$$;
