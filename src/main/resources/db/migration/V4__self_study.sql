-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- A self-study learner: no name, no e-mail. recovery_hash is the SHA-256 of the learner's
-- recovery code, if they asked for one; NULLs never clash in the unique index.
CREATE TABLE learner (
    id              VARCHAR(36)     PRIMARY KEY,
    recovery_hash   VARCHAR(64),
    created_at      TIMESTAMP       NOT NULL,
    CONSTRAINT learner_recovery UNIQUE (recovery_hash)
);

-- The browsers a learner studies in: the SHA-256 of each browser's cookie token.
CREATE TABLE learner_device (
    token_hash      VARCHAR(64)     PRIMARY KEY,
    learner_id      VARCHAR(36)     NOT NULL REFERENCES learner (id),
    created_at      TIMESTAMP       NOT NULL
);

CREATE INDEX learner_device_learner ON learner_device (learner_id);

-- A learner's practice run on one quiz. mode is easy, medium, hard or adaptive; tier and streak
-- are where the adaptive staircase stands.
CREATE TABLE practice (
    id              VARCHAR(36)     PRIMARY KEY,
    learner_id      VARCHAR(36)     NOT NULL REFERENCES learner (id),
    quiz_id         VARCHAR(64)     NOT NULL REFERENCES quiz (id),
    mode            VARCHAR(10)     NOT NULL,
    tier            VARCHAR(10)     NOT NULL,
    streak          INTEGER         NOT NULL,
    created_at      TIMESTAMP       NOT NULL
);

CREATE INDEX practice_learner ON practice (learner_id, created_at);

-- Every answer a learner gives, in practice (practice_id set) or in review (practice_id NULL),
-- with the tier and form it was shown in, its skill, and the evidence the learner then cited.
CREATE TABLE study_answer (
    id              VARCHAR(36)     PRIMARY KEY,
    learner_id      VARCHAR(36)     NOT NULL REFERENCES learner (id),
    practice_id     VARCHAR(36)     REFERENCES practice (id),
    quiz_id         VARCHAR(64)     NOT NULL REFERENCES quiz (id),
    question_id     VARCHAR(64)     NOT NULL,
    version_id      BIGINT          NOT NULL REFERENCES question_version (id),
    tier            VARCHAR(10)     NOT NULL,
    shown_type      VARCHAR(20)     NOT NULL,
    skill           VARCHAR(20)     NOT NULL,
    given           VARCHAR(500)    NOT NULL,
    correct         BOOLEAN         NOT NULL,
    answered_at     TIMESTAMP       NOT NULL,
    cited_start     INTEGER,
    cited_end       INTEGER,
    evidence_found  BOOLEAN,
    cited_at        TIMESTAMP,
    CONSTRAINT study_answer_once UNIQUE (practice_id, question_id)
);

CREATE INDEX study_answer_learner ON study_answer (learner_id, answered_at);

-- A question a learner should see again, scheduled with SM-2 (docs/decisions/0010).
CREATE TABLE review_card (
    learner_id      VARCHAR(36)     NOT NULL REFERENCES learner (id),
    quiz_id         VARCHAR(64)     NOT NULL REFERENCES quiz (id),
    question_id     VARCHAR(64)     NOT NULL,
    tier            VARCHAR(10)     NOT NULL,
    repetitions     INTEGER         NOT NULL,
    interval_days   INTEGER         NOT NULL,
    ease            DOUBLE PRECISION NOT NULL,
    due             DATE            NOT NULL,
    created_at      TIMESTAMP       NOT NULL,
    PRIMARY KEY (learner_id, quiz_id, question_id)
);

CREATE INDEX review_card_due ON review_card (learner_id, due);
