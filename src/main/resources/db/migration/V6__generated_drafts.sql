-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- A quiz whose questions the generator made, and from what: the article's SHA-256 and the
-- generator's version. Questions are made again only when either changes, never at every start.
-- status is 'drafting' while the generator works, then 'ready' (or 'failed').
CREATE TABLE generated_quiz (
    quiz_id             VARCHAR(64)     PRIMARY KEY REFERENCES quiz (id),
    article_sha256      VARCHAR(64)     NOT NULL,
    generator_version   VARCHAR(20)     NOT NULL,
    status              VARCHAR(10)     NOT NULL,
    updated_at          TIMESTAMP       NOT NULL
);

-- What the generator knew of a question it made: the reading skill its analysis gave it and
-- the ranker features that weighed most, one per line, shown to the teacher reviewing drafts.
CREATE TABLE question_note (
    quiz_id             VARCHAR(64)     NOT NULL REFERENCES quiz (id),
    question_id         VARCHAR(64)     NOT NULL,
    skill               VARCHAR(20)     NOT NULL,
    reasons             VARCHAR(1000)   NOT NULL,
    PRIMARY KEY (quiz_id, question_id)
);
