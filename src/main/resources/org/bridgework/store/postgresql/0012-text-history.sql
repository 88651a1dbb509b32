-- Version 12 of a team workbook: the history of every text (issue 17, point 5). A trigger on each table that
-- holds a relationship's free text adds one row here for each text column that an insert, update or delete
-- changed: the text before and after, the login and the server's time. The trigger, not the program, writes
-- it, so psql's edits are kept too; a row added by hand still gets its writer's own login and the time, and no
-- row here is ever updated. A relationship deleted for good takes its history with it.
CREATE TABLE text_history (
    id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    relationship_id BIGINT      NOT NULL,
    table_name      TEXT        NOT NULL,
    column_name     TEXT        NOT NULL,
    -- '' for a worksheet's one row; a list entry's position; 'conversation/position' for a participant
    row_key         TEXT        NOT NULL,
    change          TEXT        NOT NULL CHECK (change IN ('added', 'changed', 'removed')),
    old_text        TEXT,
    new_text        TEXT,
    changed_by      TEXT        NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX text_history_of_relationship ON text_history (relationship_id, id);
CREATE FUNCTION bridgework_keep_text_history() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    old_row JSONB := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
    new_row JSONB := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
    any_row JSONB := COALESCE(new_row, old_row);
    rel BIGINT := CASE WHEN TG_TABLE_NAME = 'relationship' THEN (any_row ->> 'id')::BIGINT
                       ELSE (any_row ->> 'relationship_id')::BIGINT END;
    key TEXT := concat_ws('/', any_row ->> 'conversation_position', any_row ->> 'position');
    col TEXT;
    before TEXT;
    after TEXT;
BEGIN
    IF TG_OP = 'DELETE' AND (TG_TABLE_NAME = 'relationship'
            OR NOT EXISTS (SELECT 1 FROM relationship WHERE id = rel)) THEN
        RETURN NULL; -- deleted for good with its relationship: nothing of it is kept
    END IF;
    FOREACH col IN ARRAY TG_ARGV LOOP
        before := old_row ->> col;
        after := new_row ->> col;
        IF before IS DISTINCT FROM after AND (COALESCE(before, '') <> '' OR COALESCE(after, '') <> '') THEN
            INSERT INTO text_history (relationship_id, table_name, column_name, row_key, change, old_text,
                                      new_text, changed_by, changed_at)
            VALUES (rel, TG_TABLE_NAME, col, key,
                    CASE TG_OP WHEN 'INSERT' THEN 'added' WHEN 'DELETE' THEN 'removed' ELSE 'changed' END,
                    before, after, session_user, now());
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE FUNCTION bridgework_history_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'the history of a team workbook is never changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER history_as_written BEFORE INSERT OR UPDATE ON text_history
    FOR EACH ROW EXECUTE FUNCTION bridgework_history_as_written();
CREATE FUNCTION bridgework_forget_history() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM text_history WHERE relationship_id = OLD.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER forget_history AFTER DELETE ON relationship
    FOR EACH ROW EXECUTE FUNCTION bridgework_forget_history();
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON relationship FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('name', 'organisation', 'contact_person', 'owner', 'notes');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON assessment FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('decision_reason', 'first_response_harm_contained',
                                                  'first_response_who_calls');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON understanding FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('their_account', 'our_account', 'root_cause', 'wider_problem_note');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON incident FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('description');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON ownership FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('what_we_did', 'what_we_will_change', 'spokesperson',
                                                  'facts_for_them');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON preparation FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('their_likely_view', 'their_interests', 'meeting_who');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON fact FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('statement', 'source');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON key_message FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('message');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON conversation FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('could_have_done_differently', 'what_they_want_now',
                                                  'revealed_about_us', 'agreed_next_steps');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON conversation_participant FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('name');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON reconciliation FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('apology_draft', 'their_response', 'what_we_forgive',
                                                  'how_we_move_on', 'response_instead');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON repair_offer FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('offer');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON commitment FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('what', 'owner', 'measure_of_success', 'evidence');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON rebuilding FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('lessons_learned');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON trust_check_in FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('note');
CREATE TRIGGER keep_text_history AFTER INSERT OR UPDATE OR DELETE ON agenda_snooze FOR EACH ROW
    EXECUTE FUNCTION bridgework_keep_text_history('reason');
