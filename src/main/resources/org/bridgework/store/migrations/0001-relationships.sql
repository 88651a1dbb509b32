-- Version 1: the portfolio of relationships.
-- Dates are ISO-8601 text in UTC; text is stored exactly as typed.
CREATE TABLE relationship (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    organisation   TEXT    NOT NULL DEFAULT '',
    contact_person TEXT    NOT NULL DEFAULT '',
    owner          TEXT    NOT NULL DEFAULT '',
    kind           TEXT    NOT NULL DEFAULT 'client'
                           CHECK (kind IN ('client', 'supplier', 'partner', 'internal', 'other')),
    notes          TEXT    NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
-- The application also refuses names that differ only in case (any script); this index is the backstop.
CREATE UNIQUE INDEX relationship_name_unique ON relationship (name COLLATE NOCASE);
