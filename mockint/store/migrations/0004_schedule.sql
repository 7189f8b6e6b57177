-- Spaced repetition of questions (mockint/coach/scheduler.py, mockint/store/schedule.py).
-- The scheduler state is derived from the history: every answer gets one schedule_reviews row once
-- the scheduler has seen it (rating NULL: a retake the same day, which does not count). Deleting an
-- answer deletes its review row, and the trigger below then forgets the question's whole state so
-- that it is rebuilt from the answers that remain.

CREATE TABLE schedule_cards (
    question_ref     TEXT PRIMARY KEY,  -- bank_id/question_id
    state_format     INTEGER NOT NULL,  -- 1: state is fsrs Card.to_dict() as JSON
    state            TEXT NOT NULL,
    due              TEXT NOT NULL,     -- ISO 8601 UTC
    last_answer_id   INTEGER,
    last_overall     INTEGER,
    last_answered_at TEXT
);
CREATE INDEX schedule_cards_due ON schedule_cards (due);

CREATE TABLE schedule_reviews (
    answer_id    INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
    question_ref TEXT NOT NULL,
    review_day   TEXT NOT NULL,  -- the local date of the answer
    rating       INTEGER         -- 1 Again .. 4 Easy; NULL when it did not count
);
CREATE INDEX schedule_reviews_by_question ON schedule_reviews (question_ref);

CREATE TRIGGER schedule_forget_question AFTER DELETE ON schedule_reviews
BEGIN
    DELETE FROM schedule_cards WHERE question_ref = OLD.question_ref;
    DELETE FROM schedule_reviews WHERE question_ref = OLD.question_ref;
END;
