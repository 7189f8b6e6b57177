-- Scorer 2.0.0: criteria an answer gave nothing to judge by ("not enough to judge") are kept per
-- answer, in card order, apart from the criteria that were scored.

CREATE TABLE not_judged (
    answer_id    INTEGER NOT NULL REFERENCES scores (answer_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,  -- order on the score card
    criterion_id TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (answer_id, position)
) WITHOUT ROWID;

-- Finding the answers scored by an older scorer (to rescore them) and keeping trends to one version.
CREATE INDEX scores_by_version ON scores (scorer_version, answer_id);
