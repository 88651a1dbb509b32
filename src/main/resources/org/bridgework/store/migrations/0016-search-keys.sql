-- Version 16: a search reads the word index alone (issue 15, point 7; docs/benchmarks.md, "Search").
-- Version 10's index numbered each text by its entry's id, so learning which relationship a match belongs to
-- meant reading its entry: tens of thousands of reads for a common word. Here each text's number in the index
-- says where it is: the relationship's id in the high bits, then the kind of text (search_source_code), then the
-- entry's position in its list: relationship_id * 2^32 + code * 2^24 + position. (relationship, source, position)
-- is search_entry's unique key, so the numbers are unique. Entries themselves are read only for the few
-- relationships shown with the words around the match. The index still reads its texts from search_entry (through
-- the view search_entry_keyed, which numbers them the same way), so it keeps no second copy of them.
CREATE TABLE search_source_code (
    source TEXT    PRIMARY KEY,
    code   INTEGER NOT NULL UNIQUE CHECK (code BETWEEN 1 AND 255)
) WITHOUT ROWID;
INSERT INTO search_source_code (source, code) VALUES
    ('notes', 1),
    ('decision_reason', 2),
    ('first_response', 3),
    ('their_account', 4),
    ('our_account', 5),
    ('root_cause', 6),
    ('wider_problem', 7),
    ('incident', 8),
    ('what_we_did', 9),
    ('what_we_will_change', 10),
    ('spokesperson', 11),
    ('facts_for_them', 12),
    ('their_likely_view', 13),
    ('their_interests', 14),
    ('meeting', 15),
    ('fact', 16),
    ('key_message', 17),
    ('conversation', 18),
    ('apology', 19),
    ('their_response', 20),
    ('response_instead', 21),
    ('forgiveness', 22),
    ('repair_offer', 23),
    ('commitment', 24),
    ('lessons', 25),
    ('check_in', 26);
-- An entry beyond position 2^24 - 1 (no list holds 16 million entries) or of an unknown kind is not indexed.
CREATE VIEW search_entry_keyed (key, body) AS
    SELECT (e.relationship_id << 32) | (c.code << 24) | e.position, e.body
    FROM search_entry e JOIN search_source_code c ON c.source = e.source
    WHERE e.position BETWEEN 0 AND 16777215;
DROP TRIGGER search_entry_added;
DROP TRIGGER search_entry_removed;
DROP TABLE search_index;
-- Version 10's narrow copy of each entry's place, read by every search then; the index now says it by itself.
DROP INDEX search_entry_place;
CREATE VIRTUAL TABLE search_index USING fts5 (body, content = 'search_entry_keyed', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER search_entry_added AFTER INSERT ON search_entry WHEN NEW.position BETWEEN 0 AND 16777215 BEGIN
    INSERT INTO search_index (rowid, body)
        SELECT (NEW.relationship_id << 32) | (c.code << 24) | NEW.position, NEW.body FROM search_source_code c WHERE c.source = NEW.source;
END;
CREATE TRIGGER search_entry_removed AFTER DELETE ON search_entry WHEN OLD.position BETWEEN 0 AND 16777215 BEGIN
    INSERT INTO search_index (search_index, rowid, body)
        SELECT 'delete', (OLD.relationship_id << 32) | (c.code << 24) | OLD.position, OLD.body FROM search_source_code c WHERE c.source = OLD.source;
END;
INSERT INTO search_index (search_index) VALUES ('rebuild');
