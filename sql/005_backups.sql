-- Backups of the whole database (server operations): every run of `ejournal-server backup`,
-- of the schedule and of an administrator's request, with what each destination got and
-- whether the copy was verified by restoring it into a scratch database. Server-wide: one
-- database may host several schools, and a backup always holds all of them.
CREATE TABLE backup_run (
    id             bigserial PRIMARY KEY,
    trigger        text NOT NULL CHECK (trigger IN ('schedule', 'request', 'command')),
    status         text NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'running', 'ok', 'partial', 'failed')),
    requested_by   text,  -- the login of the administrator who asked, for 'request'
    requested_at   timestamptz NOT NULL DEFAULT now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    file_name      text,
    size_bytes     bigint,
    sha256         text,
    schema_version integer,
    -- [{"path": "/mnt/usb/ejournal", "ok": true, "error": ""}, ...]
    destinations   jsonb NOT NULL DEFAULT '[]',
    verified       boolean,
    verify_error   text,
    error          text,
    CHECK ((status IN ('queued', 'running')) = (finished_at IS NULL))
);

CREATE INDEX backup_run_recent ON backup_run (requested_at DESC);

-- The workers list runs and queue a request; the scheduler (as the owner) does the rest.
GRANT SELECT, INSERT ON backup_run TO ejournal_app;
GRANT USAGE ON SEQUENCE backup_run_id_seq TO ejournal_app;
