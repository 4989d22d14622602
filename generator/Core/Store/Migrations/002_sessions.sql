-- Admin sign-in sessions, kept on the server so that signing out (or being disabled) ends a
-- session even when someone holds a copy of its cookie. Only a hash of the token is stored.
CREATE TABLE sessions (
    token_hash    TEXT    PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TEXT    NOT NULL,
    last_seen_at  TEXT    NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
