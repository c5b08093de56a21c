-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- A class taking a quiz together. open_code holds the join code while the session is open and is
-- cleared when it closes, so a code is unique among open sessions and dead afterwards.
CREATE TABLE live_session (
    id                  VARCHAR(36)     PRIMARY KEY,
    quiz_id             VARCHAR(64)     NOT NULL REFERENCES quiz (id),
    owner_id            VARCHAR(36)     NOT NULL REFERENCES teacher (id),
    mode                VARCHAR(20)     NOT NULL,
    join_code           VARCHAR(6)      NOT NULL,
    open_code           VARCHAR(6),
    state               VARCHAR(20)     NOT NULL,
    current_index       INTEGER         NOT NULL,
    question_started_at TIMESTAMP,
    timer_seconds       INTEGER         NOT NULL,
    deadline            TIMESTAMP,
    speed_bonus         BOOLEAN         NOT NULL,
    leaderboard         VARCHAR(20)     NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    closed_at           TIMESTAMP,
    CONSTRAINT live_session_open_code UNIQUE (open_code)
);

CREATE INDEX live_session_owner ON live_session (owner_id);

-- A student's attempt in a session; name_key (the nickname folded to lower case) keeps nicknames
-- unique within a session. Both are NULL for attempts outside sessions, and NULLs never clash.
ALTER TABLE attempt ADD COLUMN session_id VARCHAR(36) REFERENCES live_session (id);
ALTER TABLE attempt ADD COLUMN name_key VARCHAR(40);
CREATE UNIQUE INDEX attempt_session_name ON attempt (session_id, name_key);

-- Points for a right answer: 1000, or less for a slower answer when the speed bonus is on.
ALTER TABLE answer ADD COLUMN points INTEGER DEFAULT 0 NOT NULL;
