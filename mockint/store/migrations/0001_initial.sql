-- The first schema of the history database.
-- Timestamps are ISO 8601 text in UTC with microseconds, so they sort as text.
-- JSON columns hold what has no fixed shape (settings, metrics, evidence, word timings).

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    bank_id     TEXT NOT NULL,
    bank_title  TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}',
    started_at  TEXT NOT NULL,
    ended_at    TEXT
);
CREATE INDEX sessions_newest ON sessions (started_at DESC, id DESC);
CREATE INDEX sessions_by_bank ON sessions (bank_id, started_at DESC, id DESC);

CREATE TABLE answers (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    question_text TEXT NOT NULL,
    text          TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('typed', 'spoken')),
    audio_path    TEXT,
    think_s       REAL,
    answer_s      REAL,
    started_at    TEXT,
    ended_at      TEXT,
    answered_at   TEXT NOT NULL,  -- ended_at, else the time it was stored: the x of every trend
    words         TEXT            -- JSON list of {text, start, end, probability} (spoken answers)
);
CREATE INDEX answers_by_session ON answers (session_id, id);
CREATE INDEX answers_by_time ON answers (answered_at, id);

CREATE TABLE scores (
    answer_id      INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
    overall        INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 100),
    scorer_version TEXT NOT NULL,
    metrics        TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE criterion_scores (
    answer_id    INTEGER NOT NULL REFERENCES scores (answer_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,  -- order on the score card
    criterion_id TEXT NOT NULL,
    label        TEXT NOT NULL,
    score        REAL NOT NULL,     -- 0..1
    passed       INTEGER NOT NULL CHECK (passed IN (0, 1)),
    weight       REAL NOT NULL DEFAULT 1.0,
    tip          TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    evidence     TEXT NOT NULL DEFAULT '[]',  -- JSON: spans {start, end, text} and {metric, value}
    PRIMARY KEY (answer_id, position)
) WITHOUT ROWID;
CREATE INDEX criterion_scores_trend ON criterion_scores (criterion_id, answer_id, score);
