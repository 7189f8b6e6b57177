-- Every answer and session saved from now on carries a UUID made when it was given, so saving it
-- again (a retry after the history was locked, or the replay of a journal of unsaved answers on
-- the next start) finds it instead of adding it twice. Rows from before this version have none.

ALTER TABLE sessions ADD COLUMN uuid TEXT;
CREATE UNIQUE INDEX sessions_by_uuid ON sessions (uuid) WHERE uuid IS NOT NULL;

ALTER TABLE answers ADD COLUMN uuid TEXT;
CREATE UNIQUE INDEX answers_by_uuid ON answers (uuid) WHERE uuid IS NOT NULL;
