-- Version 2 of a team workbook: the repair worksheets, as migrations/0002 (keys are BIGINT, like relationship.id).
-- A stored repair is one row in repair_case and in each worksheet table (assessment, understanding,
-- ownership, preparation, reconciliation, rebuilding), plus the entries of each list in its own table,
-- in the user's order by position (0 = first). Every row belongs to a relationship and goes with it.
-- Dates are yyyy-MM-dd text; an absent optional value is NULL; text is never NULL ('' when empty).
-- Ratings are kept exactly as typed, without range checks: the app reports out-of-range values, and
-- a value the user typed must never make a save fail. Amounts are plain decimal text, so no cent is
-- lost to floating point.
CREATE TABLE repair_case (
    relationship_id BIGINT  PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    current_step    TEXT    NOT NULL DEFAULT 'assess'
                            CHECK (current_step IN ('assess', 'understand', 'own', 'prepare', 'talk', 'apologise',
                                                    'act', 'rebuild'))
);
-- Step 1, assess. Each rating is NULL until given.
CREATE TABLE assessment (
    relationship_id               BIGINT  PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    they_bring_us_revenue         INTEGER,
    they_bring_us_strategic_value INTEGER,
    they_bring_us_referrals       INTEGER,
    they_bring_us_reputation      INTEGER,
    they_bring_us_annual_revenue  TEXT,
    we_bring_them_revenue         INTEGER,
    we_bring_them_strategic_value INTEGER,
    we_bring_them_referrals       INTEGER,
    we_bring_them_reputation      INTEGER,
    we_bring_them_annual_revenue  TEXT,
    cost_of_repair                INTEGER,
    alternatives                  INTEGER,
    risk_of_inaction              INTEGER,
    decision                      TEXT    CHECK (decision IN ('repair', 'let_go', 'revisit')),
    decision_reason               TEXT    NOT NULL DEFAULT '',
    revisit_on                    TEXT
);
-- Step 2, understand.
CREATE TABLE understanding (
    relationship_id    BIGINT  PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    breach_override    TEXT    CHECK (breach_override IN ('competence', 'integrity')),
    their_account      TEXT    NOT NULL DEFAULT '',
    our_account        TEXT    NOT NULL DEFAULT '',
    root_cause         TEXT    NOT NULL DEFAULT '',
    wider_problem      INTEGER NOT NULL DEFAULT 0 CHECK (wider_problem IN (0, 1)),
    wider_problem_note TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE incident (
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    happened_on     TEXT,
    description     TEXT    NOT NULL DEFAULT '',
    kind            TEXT    NOT NULL DEFAULT 'other'
                            CHECK (kind IN ('missed_deadline', 'deal_fell_through', 'below_expectations',
                                            'miscommunication', 'misunderstanding', 'breach_of_trust', 'other')),
    PRIMARY KEY (relationship_id, position)
);
-- Step 3, own our part.
CREATE TABLE ownership (
    relationship_id     BIGINT  PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    what_we_did         TEXT    NOT NULL DEFAULT '',
    what_we_will_change TEXT    NOT NULL DEFAULT '',
    spokesperson        TEXT    NOT NULL DEFAULT ''
);
-- Step 4, prepare.
CREATE TABLE preparation (
    relationship_id   BIGINT  PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    their_likely_view TEXT    NOT NULL DEFAULT '',
    their_interests   TEXT    NOT NULL DEFAULT '',
    apology_warranted TEXT    NOT NULL DEFAULT 'undecided' CHECK (apology_warranted IN ('yes', 'no', 'undecided')),
    meeting_who       TEXT    NOT NULL DEFAULT '',
    meeting_on        TEXT,
    meeting_channel   TEXT    CHECK (meeting_channel IN ('meeting', 'video_call', 'phone', 'email', 'other'))
);
CREATE TABLE fact (
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    statement       TEXT    NOT NULL DEFAULT '',
    source          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (relationship_id, position)
);
CREATE TABLE key_message (
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    message         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (relationship_id, position)
);
-- Step 5, talk. Participants have their own table, so a name may hold any character, newlines included.
CREATE TABLE conversation (
    relationship_id             BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position                    INTEGER NOT NULL,
    held_on                     TEXT    NOT NULL,
    channel                     TEXT    NOT NULL DEFAULT 'other'
                                        CHECK (channel IN ('meeting', 'video_call', 'phone', 'email', 'other')),
    could_have_done_differently TEXT    NOT NULL DEFAULT '',
    what_they_want_now          TEXT    NOT NULL DEFAULT '',
    revealed_about_us           TEXT    NOT NULL DEFAULT '',
    agreed_next_steps           TEXT    NOT NULL DEFAULT '',
    sentiment                   TEXT    CHECK (sentiment IN ('very_negative', 'negative', 'neutral', 'positive',
                                                             'very_positive')),
    PRIMARY KEY (relationship_id, position)
);
CREATE TABLE conversation_participant (
    relationship_id       BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    conversation_position INTEGER NOT NULL,
    position              INTEGER NOT NULL,
    name                  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (relationship_id, conversation_position, position),
    FOREIGN KEY (relationship_id, conversation_position)
        REFERENCES conversation (relationship_id, position) ON DELETE CASCADE
);
-- Step 6, apologise and forgive.
CREATE TABLE reconciliation (
    relationship_id  BIGINT  PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    apology_draft    TEXT    NOT NULL DEFAULT '',
    apology_given_on TEXT,
    apology_channel  TEXT    CHECK (apology_channel IN ('meeting', 'video_call', 'phone', 'email', 'other')),
    their_response   TEXT    NOT NULL DEFAULT '',
    what_we_forgive  TEXT    NOT NULL DEFAULT '',
    how_we_move_on   TEXT    NOT NULL DEFAULT ''
);
-- One row per component ticked as present in the apology, in the order an apology usually says them.
CREATE TABLE apology_component (
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    component       TEXT    NOT NULL
                            CHECK (component IN ('regret', 'explanation', 'acknowledgement_of_responsibility',
                                                 'declaration_of_repentance', 'offer_of_repair',
                                                 'request_for_forgiveness')),
    PRIMARY KEY (relationship_id, position),
    UNIQUE (relationship_id, component)
);
CREATE TABLE repair_offer (
    relationship_id BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    offer           TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (relationship_id, position)
);
-- Step 7, act.
CREATE TABLE commitment (
    relationship_id       BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    what                  TEXT    NOT NULL DEFAULT '',
    owner                 TEXT    NOT NULL DEFAULT '',
    due_on                TEXT,
    measure_of_success    TEXT    NOT NULL DEFAULT '',
    status                TEXT    NOT NULL DEFAULT 'planned'
                                  CONSTRAINT commitment_status CHECK (status IN ('planned', 'in_progress', 'done', 'missed', 'dropped')),
    completed_on          TEXT,
    evidence              TEXT    NOT NULL DEFAULT '',
    beyond_what_was_asked INTEGER NOT NULL DEFAULT 0 CHECK (beyond_what_was_asked IN (0, 1)),
    kind                  TEXT    CHECK (kind IN ('support', 'process_change', 'resources', 'compensation',
                                                  'check_in', 'safeguard')),
    PRIMARY KEY (relationship_id, position)
);
-- Step 8, rebuild.
CREATE TABLE rebuilding (
    relationship_id BIGINT  PRIMARY KEY REFERENCES relationship (id) ON DELETE CASCADE,
    outcome         TEXT    CHECK (outcome IN ('restored', 'stronger_than_before', 'let_go')),
    lessons_learned TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE trust_check_in (
    relationship_id         BIGINT  NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    position                INTEGER NOT NULL,
    taken_on                TEXT    NOT NULL,
    our_trust_ability       INTEGER NOT NULL,
    our_trust_benevolence   INTEGER NOT NULL,
    our_trust_integrity     INTEGER NOT NULL,
    their_trust_ability     INTEGER NOT NULL,
    their_trust_benevolence INTEGER NOT NULL,
    their_trust_integrity   INTEGER NOT NULL,
    note                    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (relationship_id, position)
);
