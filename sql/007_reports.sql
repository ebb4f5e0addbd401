-- Reports (issue 7): the definitions staff build in the report designer, kept as JSON (never
-- SQL) with every saved version, shared with the school or kept to their owner; and which
-- roles may share. The standard reports are templates shipped with the program
-- (common/reporttemplates.cpp), not rows here: a user edits a copy.
CREATE TABLE report_definition (
    school_id    bigint NOT NULL REFERENCES school (id),
    id           bigint GENERATED ALWAYS AS IDENTITY,
    owner_id     bigint NOT NULL,                -- app_user
    name         text NOT NULL CHECK (btrim(name) <> ''),
    description  text NOT NULL DEFAULT '',
    dataset      text NOT NULL,
    definition   jsonb NOT NULL,
    version      integer NOT NULL DEFAULT 1,
    shared       boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    UNIQUE (id),
    FOREIGN KEY (school_id, owner_id) REFERENCES app_user (school_id, id)
);
CREATE INDEX report_definition_owner_idx ON report_definition (school_id, owner_id);

-- Every saved version (the current one included), so an earlier one can be looked at again.
CREATE TABLE report_definition_version (
    school_id   bigint NOT NULL,
    report_id   bigint NOT NULL,
    version     integer NOT NULL,
    name        text NOT NULL,
    description text NOT NULL DEFAULT '',
    definition  jsonb NOT NULL,
    saved_at    timestamptz NOT NULL DEFAULT now(),
    saved_by    bigint NOT NULL,
    PRIMARY KEY (school_id, report_id, version),
    FOREIGN KEY (school_id, report_id) REFERENCES report_definition (school_id, id) ON DELETE CASCADE
);

-- Which roles may share a report with the whole school (admin and deputy decide).
CREATE TABLE report_setting (
    school_id    bigint PRIMARY KEY REFERENCES school (id),
    share_roles  text[] NOT NULL DEFAULT '{deputy,director}'
);

GRANT SELECT, INSERT, UPDATE, DELETE ON report_definition, report_definition_version,
    report_setting TO ejournal_app;
