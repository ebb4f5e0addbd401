-- Timetable versions and entries, teachers' forbidden slots, dated lessons (the columns of
-- the journal) and the register of changes to them (substitutions, moves, cancellations,
-- merged groups).

-- A timetable in force from valid_from until the next version of the same year.
CREATE TABLE timetable_version (
    school_id         bigint NOT NULL,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    academic_year_id  bigint NOT NULL,
    name              text NOT NULL CHECK (btrim(name) <> ''),
    valid_from        date NOT NULL,
    source            text NOT NULL DEFAULT 'editor' CHECK (source IN ('editor', 'fet')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, academic_year_id, valid_from),
    FOREIGN KEY (school_id, academic_year_id) REFERENCES academic_year (school_id, id)
);

-- One weekly lesson: which load (teacher + subject + class or group) on which weekday and
-- lesson number, in which room; week_parity 1 = odd weeks only, 2 = even, NULL = every week.
CREATE TABLE timetable_entry (
    school_id      bigint NOT NULL,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    version_id     bigint NOT NULL,
    weekday        smallint NOT NULL CHECK (weekday BETWEEN 1 AND 6),  -- 1 = Monday
    lesson_no      smallint NOT NULL CHECK (lesson_no BETWEEN 0 AND 12),
    assignment_id  bigint NOT NULL,
    room_id        bigint,
    week_parity    smallint CHECK (week_parity IN (1, 2)),
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, version_id) REFERENCES timetable_version (school_id, id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, assignment_id) REFERENCES assignment (school_id, id),
    FOREIGN KEY (school_id, room_id) REFERENCES room (school_id, id)
);
CREATE INDEX timetable_entry_version_idx ON timetable_entry (school_id, version_id, weekday, lesson_no);

-- Slots a teacher cannot teach (a second job, a methodical day).
CREATE TABLE teacher_unavailability (
    school_id  bigint NOT NULL,
    staff_id   bigint NOT NULL,
    weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 6),
    lesson_no  smallint NOT NULL CHECK (lesson_no BETWEEN 0 AND 12),
    PRIMARY KEY (school_id, staff_id, weekday, lesson_no),
    FOREIGN KEY (school_id, staff_id) REFERENCES staff (school_id, id)
);

-- A dated lesson. teacher_id is who gives it (the substitute after a substitution).
-- Topic, summary and homework are filled in the journal; a lesson with any of them (or, once
-- the journal exists, with marks or attendance) is never dropped by regeneration.
CREATE TABLE lesson (
    school_id           bigint NOT NULL,
    id                  bigint GENERATED ALWAYS AS IDENTITY,
    assignment_id       bigint NOT NULL,
    on_date             date NOT NULL,
    lesson_no           smallint NOT NULL CHECK (lesson_no BETWEEN 0 AND 12),
    teacher_id          bigint NOT NULL,
    room_id             bigint,
    status              text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
    timetable_entry_id  bigint,
    merged_into_id      bigint,
    topic               text NOT NULL DEFAULT '',
    summary             text NOT NULL DEFAULT '',
    homework            text NOT NULL DEFAULT '',
    control_work        boolean NOT NULL DEFAULT false,
    version             integer NOT NULL DEFAULT 1,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, assignment_id) REFERENCES assignment (school_id, id),
    FOREIGN KEY (school_id, teacher_id) REFERENCES staff (school_id, id),
    FOREIGN KEY (school_id, room_id) REFERENCES room (school_id, id),
    FOREIGN KEY (school_id, timetable_entry_id) REFERENCES timetable_entry (school_id, id) ON DELETE SET NULL (timetable_entry_id),
    FOREIGN KEY (school_id, merged_into_id) REFERENCES lesson (school_id, id)
);
CREATE INDEX lesson_assignment_idx ON lesson (school_id, assignment_id, on_date);
CREATE INDEX lesson_date_idx ON lesson (school_id, on_date, lesson_no);
CREATE INDEX lesson_teacher_idx ON lesson (school_id, teacher_id, on_date);
-- Deleting a lesson checks for lessons merged into it: without this, once per deleted row.
CREATE INDEX lesson_merged_into_idx ON lesson (school_id, merged_into_id)
    WHERE merged_into_id IS NOT NULL;

-- The register of changes to dated lessons: what the staff-room board shows for a day.
CREATE TABLE lesson_change (
    school_id       bigint NOT NULL,
    id              bigint GENERATED ALWAYS AS IDENTITY,
    lesson_id       bigint NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('substitute', 'move', 'cancel', 'merge', 'restore')),
    old_teacher_id  bigint,
    new_teacher_id  bigint,
    old_date        date,
    new_date        date,
    old_lesson_no   smallint,
    new_lesson_no   smallint,
    old_room_id     bigint,
    new_room_id     bigint,
    merged_into_id  bigint,
    reason          text NOT NULL DEFAULT '',
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     bigint,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES lesson (school_id, id)
);
CREATE INDEX lesson_change_lesson_idx ON lesson_change (school_id, lesson_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON timetable_version, timetable_entry,
    teacher_unavailability, lesson TO ejournal_app;
GRANT SELECT, INSERT ON lesson_change TO ejournal_app;
