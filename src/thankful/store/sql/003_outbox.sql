-- The outbox: one row per note handed to a mail server, so a note is sent once.
-- The Message-ID is fixed when the note is queued, before any attempt. While `sending`, `stage` says how far
-- the attempt got ('connect': nothing handed over yet; 'data': the server may have the message), and the
-- owner_* columns name the process, so a `sending` left by a dead process can be judged: back to `queued`
-- if nothing was handed over, `uncertain` otherwise.
CREATE TABLE outbox (
    note_id     INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
    message_id  TEXT NOT NULL UNIQUE,
    recipient   TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
    stage       TEXT NOT NULL DEFAULT '',
    attempts    INTEGER NOT NULL DEFAULT 0,
    reason      TEXT NOT NULL DEFAULT '',
    owner_pid   INTEGER,
    owner_start TEXT NOT NULL DEFAULT '',
    owner_host  TEXT NOT NULL DEFAULT '',
    queued_on   TEXT,
    sent_on     TEXT
);

CREATE INDEX outbox_by_state ON outbox (state);
