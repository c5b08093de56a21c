-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- Several app nodes may start at once on one PostgreSQL. Each locks this row (SELECT ... FOR
-- UPDATE) while it loads the question bank, so two nodes never insert the same quiz at once.
CREATE TABLE startup_lock (
    name            VARCHAR(40)     PRIMARY KEY
);

INSERT INTO startup_lock (name) VALUES ('question-bank');
