-- Feedback an interviewer or recruiter gave (mockint/aftermath, mockint/store/feedback_store.py).
-- The plan weighs its criteria from given_at on, until they improve or the feedback is closed.

CREATE TABLE feedback (
    id        INTEGER PRIMARY KEY,
    given_at  TEXT NOT NULL,            -- ISO 8601 UTC: progress counts the answers from here
    company   TEXT NOT NULL DEFAULT '',
    role      TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL,            -- what was said, exactly as pasted
    criteria  TEXT NOT NULL DEFAULT '[]',  -- JSON [{"id", "evidence": [...]}], as the user corrected it
    topics    TEXT NOT NULL DEFAULT '[]',  -- JSON [{"id", "evidence": [...]}]
    closed_at TEXT                      -- NULL while open
);
CREATE INDEX feedback_by_date ON feedback (given_at DESC, id DESC);
