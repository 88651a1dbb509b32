-- Version 13 of a team workbook: who may read and change each relationship, enforced by the server's row
-- security (issue 17, point 4), so a colleague's own psql session is held to the same rules as Bridgework.
-- A relationship has an owner (the login that added it), may be shared for editing with named colleagues
-- (editors), and may be opened to the whole team for reading (team_reads). A member of the role
-- bridgework_director, if an administrator makes one, reads every relationship. The owner alone shares,
-- hands over or deletes for good. FORCE makes the rules hold for the tables' owner too; only a superuser or a
-- role with BYPASSRLS is not held by them, so Bridgework must not log in as one (docs/team-workbook.md).
-- Relationships from before version 13 belong to the login that upgrades (the workbook's owner, as the
-- upgrade needs) and stay readable by the team, so no one loses sight of them; new ones start private.
ALTER TABLE relationship ADD COLUMN owned_by TEXT NOT NULL DEFAULT session_user;
ALTER TABLE relationship ADD COLUMN editors TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE relationship ADD COLUMN team_reads INTEGER NOT NULL DEFAULT 1 CHECK (team_reads IN (0, 1));
ALTER TABLE relationship ALTER COLUMN team_reads SET DEFAULT 0;
CREATE FUNCTION bridgework_is_director() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles
                   WHERE rolname = 'bridgework_director' AND pg_catalog.pg_has_role(session_user, oid, 'MEMBER'))
$$;
CREATE FUNCTION bridgework_may_edit(rel BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM relationship r WHERE r.id = rel
                   AND (r.owned_by = session_user::text OR session_user::text = ANY (r.editors)))
$$;
CREATE FUNCTION bridgework_guard_sharing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.owned_by := session_user;
    ELSIF (NEW.owned_by, NEW.editors, NEW.team_reads) IS DISTINCT FROM (OLD.owned_by, OLD.editors, OLD.team_reads)
            AND OLD.owned_by <> session_user::text
            AND NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) THEN
        RAISE EXCEPTION 'only the owner of a relationship shares it or hands it over'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_sharing BEFORE INSERT OR UPDATE ON relationship
    FOR EACH ROW EXECUTE FUNCTION bridgework_guard_sharing();
ALTER TABLE relationship ENABLE ROW LEVEL SECURITY;
ALTER TABLE relationship FORCE ROW LEVEL SECURITY;
CREATE POLICY may_read ON relationship FOR SELECT
    USING (owned_by = session_user::text OR session_user::text = ANY (editors) OR team_reads = 1
           OR bridgework_is_director());
CREATE POLICY may_add ON relationship FOR INSERT WITH CHECK (owned_by = session_user::text);
CREATE POLICY may_edit ON relationship FOR UPDATE
    USING (owned_by = session_user::text OR session_user::text = ANY (editors)) WITH CHECK (true);
CREATE POLICY may_delete ON relationship FOR DELETE USING (owned_by = session_user::text);
-- The other tables follow their relationship: read by whoever reads it, written by whoever may change it.
-- (One policy per command, not FOR ALL, so that reading never weighs the editing rule: a read of the whole
-- portfolio stays one hashed look-up of the relationships this login may read.)
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['repair_case', 'assessment', 'understanding', 'incident', 'ownership', 'preparation',
            'fact', 'key_message', 'conversation', 'conversation_participant', 'reconciliation',
            'apology_component', 'repair_offer', 'commitment', 'rebuilding', 'trust_check_in', 'step_milestone',
            'agenda_snooze'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY may_read ON %I FOR SELECT'
                || ' USING (EXISTS (SELECT 1 FROM relationship r WHERE r.id = relationship_id))', t);
        EXECUTE format('CREATE POLICY may_add ON %I FOR INSERT WITH CHECK (bridgework_may_edit(relationship_id))', t);
        EXECUTE format('CREATE POLICY may_change ON %I FOR UPDATE USING (bridgework_may_edit(relationship_id))'
                || ' WITH CHECK (bridgework_may_edit(relationship_id))', t);
        EXECUTE format('CREATE POLICY may_remove ON %I FOR DELETE USING (bridgework_may_edit(relationship_id))', t);
    END LOOP;
END
$$;
-- The history: read with the relationship; added to by the triggers for those who may edit; removed only by
-- the table owner's own trigger, once its relationship is deleted for good.
ALTER TABLE text_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE text_history FORCE ROW LEVEL SECURITY;
CREATE POLICY may_read ON text_history FOR SELECT
    USING (EXISTS (SELECT 1 FROM relationship r WHERE r.id = relationship_id));
CREATE POLICY may_add ON text_history FOR INSERT WITH CHECK (bridgework_may_edit(relationship_id));
CREATE POLICY forgotten_with_its_relationship ON text_history FOR DELETE
    USING (current_user = (SELECT pg_catalog.pg_get_userbyid(relowner) FROM pg_catalog.pg_class
                           WHERE oid = 'text_history'::regclass)
           AND NOT EXISTS (SELECT 1 FROM relationship r WHERE r.id = relationship_id));
