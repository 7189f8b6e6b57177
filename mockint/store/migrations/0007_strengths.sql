-- The "my strengths" profile (mockint/store/strengths_store.py): up to three skills the user wants
-- employers to remember, each with the story that proves it. One row per strength, in order.

CREATE TABLE strengths (
    position   INTEGER PRIMARY KEY CHECK (position BETWEEN 1 AND 3),
    skill      TEXT NOT NULL CHECK (length(trim(skill)) > 0),
    story      TEXT NOT NULL CHECK (length(trim(story)) > 0),
    updated_at TEXT NOT NULL  -- ISO 8601 UTC
);
