-- Foundation: schools (tenants), users and roles, sessions, the append-only audit log.
-- Runs as the owner role. The server's workers run as ejournal_app (SET ROLE), which gets
-- only the rights granted here: in particular no UPDATE, DELETE or TRUNCATE on audit_event.

-- The embedded cluster creates ejournal_app and makes the owner a member; on an external
-- server the administrator does it (installer/README.md), or the owner may if it can.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ejournal_app') THEN
        CREATE ROLE ejournal_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
    IF NOT pg_has_role(current_user, 'ejournal_app', 'MEMBER') THEN
        EXECUTE format('GRANT ejournal_app TO %I', current_user);
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO ejournal_app;

CREATE TABLE school (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name)
);

CREATE TABLE app_user (
    school_id             bigint NOT NULL REFERENCES school (id),
    id                    bigint GENERATED ALWAYS AS IDENTITY,
    login                 text NOT NULL CHECK (login ~ '^[A-Za-z0-9._-]{2,64}$'),
    full_name             text NOT NULL CHECK (btrim(full_name) <> ''),
    password_hash         text NOT NULL,
    must_change_password  boolean NOT NULL DEFAULT true,
    blocked               boolean NOT NULL DEFAULT false,
    created_at            timestamptz NOT NULL DEFAULT now(),
    password_changed_at   timestamptz,
    PRIMARY KEY (school_id, id),
    UNIQUE (id)
);
-- A login names one person on the whole server (one server may host a district).
CREATE UNIQUE INDEX app_user_login_key ON app_user (lower(login));

CREATE TABLE user_role (
    school_id  bigint NOT NULL,
    user_id    bigint NOT NULL,
    role       text NOT NULL CHECK (role IN ('admin', 'director', 'deputy', 'teacher',
                   'class_teacher', 'psychologist', 'social_pedagogue', 'student', 'guardian')),
    PRIMARY KEY (school_id, user_id, role),
    FOREIGN KEY (school_id, user_id) REFERENCES app_user (school_id, id) ON DELETE CASCADE
);

CREATE TABLE session (
    school_id     bigint NOT NULL,
    id            bigint GENERATED ALWAYS AS IDENTITY,
    user_id       bigint NOT NULL,
    token_hash    bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    ended_at      timestamptz,
    end_reason    text CHECK (end_reason IN ('logout', 'revoked', 'password_changed', 'expired')),
    client_addr   text,
    PRIMARY KEY (school_id, id),
    UNIQUE (id),
    FOREIGN KEY (school_id, user_id) REFERENCES app_user (school_id, id)
);
CREATE INDEX session_open_idx ON session (school_id, user_id) WHERE ended_at IS NULL;

CREATE TABLE audit_event (
    school_id    bigint NOT NULL REFERENCES school (id),
    id           bigint GENERATED ALWAYS AS IDENTITY,
    at           timestamptz NOT NULL DEFAULT now(),
    user_id      bigint,
    session_id   bigint,
    action       text NOT NULL,
    entity       text NOT NULL,
    entity_id    text NOT NULL DEFAULT '',
    before       jsonb,
    after        jsonb,
    reason       text,
    client_addr  text,
    PRIMARY KEY (school_id, id)
);
CREATE INDEX audit_event_entity_idx ON audit_event (school_id, entity, entity_id);

GRANT SELECT, INSERT ON school TO ejournal_app;
GRANT SELECT, INSERT, UPDATE ON app_user TO ejournal_app;
GRANT SELECT, INSERT, DELETE ON user_role TO ejournal_app;
GRANT SELECT, INSERT, UPDATE ON session TO ejournal_app;
GRANT SELECT, INSERT ON audit_event TO ejournal_app;
