-- Retakes and follow-ups: an answer can be a later attempt at a question already answered in the
-- session (kind 'retake', attempt 2, 3...) or the answer to a follow-up question an interviewer
-- asked about an earlier answer (kind 'follow_up'). parent_answer_id names the first attempt of a
-- retake, or the answer a follow-up followed; deleting that answer deletes these with it.
-- Rows from before this version are first attempts ('answer', attempt 1, no parent).

ALTER TABLE answers ADD COLUMN parent_answer_id INTEGER REFERENCES answers (id) ON DELETE CASCADE;
ALTER TABLE answers ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1);
ALTER TABLE answers ADD COLUMN kind TEXT NOT NULL DEFAULT 'answer'
    CHECK (kind IN ('answer', 'retake', 'follow_up'));
CREATE INDEX answers_by_parent ON answers (parent_answer_id) WHERE parent_answer_id IS NOT NULL;
