-- The first notebook: people, moments (what to thank for), notes (one per recipient), the journal.
CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    call         TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT 'other',
    notes        TEXT NOT NULL DEFAULT '',
    created      TEXT
);

CREATE TABLE moments (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    occasion       TEXT NOT NULL DEFAULT '',
    what           TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT '',
    use            TEXT NOT NULL DEFAULT '',
    memory         TEXT NOT NULL DEFAULT '',
    ahead          TEXT NOT NULL DEFAULT '',
    on_date        TEXT,
    money          INTEGER NOT NULL DEFAULT 0,
    role           TEXT NOT NULL DEFAULT '',
    company        TEXT NOT NULL DEFAULT '',
    topic          TEXT NOT NULL DEFAULT '',
    strength       TEXT NOT NULL DEFAULT '',
    extra          TEXT NOT NULL DEFAULT '',
    question       TEXT NOT NULL DEFAULT '',
    organization   TEXT NOT NULL DEFAULT '',
    amount         REAL NOT NULL DEFAULT 0,
    currency       TEXT NOT NULL DEFAULT 'USD',
    goods_services TEXT NOT NULL DEFAULT '',
    tone           TEXT NOT NULL DEFAULT 'warm',
    created        TEXT
);

CREATE TABLE moment_givers (
    moment_id INTEGER NOT NULL REFERENCES moments(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (moment_id, person_id)
);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    moment_id   INTEGER NOT NULL REFERENCES moments(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    status      TEXT NOT NULL DEFAULT 'owed' CHECK (status IN ('owed', 'drafted', 'sent', 'skipped')),
    due         TEXT,
    channel     TEXT NOT NULL DEFAULT 'card',
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    edited      INTEGER NOT NULL DEFAULT 0,
    skip_reason TEXT NOT NULL DEFAULT '',
    sent_on     TEXT,
    sent_via    TEXT NOT NULL DEFAULT '',
    message_id  TEXT NOT NULL DEFAULT '',
    created     TEXT
);

CREATE TABLE journal (
    id        INTEGER PRIMARY KEY,
    day       TEXT NOT NULL,
    text      TEXT NOT NULL,
    prompt    TEXT NOT NULL DEFAULT '',
    moment_id INTEGER REFERENCES moments(id) ON DELETE SET NULL
);

CREATE TABLE journal_people (
    journal_id INTEGER NOT NULL REFERENCES journal(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (journal_id, person_id)
);
