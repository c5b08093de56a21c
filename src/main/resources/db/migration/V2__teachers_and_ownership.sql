-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE teacher (
    id              VARCHAR(36)     PRIMARY KEY,
    email           VARCHAR(254)    NOT NULL,
    name            VARCHAR(100)    NOT NULL,
    -- Argon2id in PHC string form: algorithm, parameters, salt and hash in one value.
    password_hash   VARCHAR(200)    NOT NULL,
    admin           BOOLEAN         NOT NULL,
    created_at      TIMESTAMP       NOT NULL,
    CONSTRAINT teacher_email UNIQUE (email)
);

-- Browser sessions and API tokens alike. Only a SHA-256 of the secret is kept, so a copy of the
-- database lets nobody sign in; a row is deleted to revoke it.
CREATE TABLE auth_token (
    token_hash      VARCHAR(64)     PRIMARY KEY,
    teacher_id      VARCHAR(36)     NOT NULL REFERENCES teacher (id),
    kind            VARCHAR(10)     NOT NULL,
    created_at      TIMESTAMP       NOT NULL,
    expires_at      TIMESTAMP       NOT NULL
);

CREATE INDEX auth_token_teacher ON auth_token (teacher_id);

-- Quizzes from the question bank have no owner: only an admin may author them.
ALTER TABLE article ADD COLUMN owner_id VARCHAR(36) REFERENCES teacher (id);
ALTER TABLE quiz ADD COLUMN owner_id VARCHAR(36) REFERENCES teacher (id);
CREATE INDEX quiz_owner ON quiz (owner_id);

-- A draft question the teacher has looked at and kept.
ALTER TABLE question ADD COLUMN reviewed BOOLEAN DEFAULT FALSE NOT NULL;

-- A teacher trying the quiz as a student; left out of results.
ALTER TABLE attempt ADD COLUMN preview BOOLEAN DEFAULT FALSE NOT NULL;
