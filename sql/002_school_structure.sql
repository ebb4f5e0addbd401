-- School structure and people: academic years, period schemes and periods, holidays,
-- subjects, rooms, bells; staff, students, guardians; classes, enrolment and the movement
-- book; study groups; curriculum and teaching load. Every table is keyed by school_id.
-- History tables (enrollment, movement, group_member) are never updated in place except
-- to close an open row (ends_on), never deleted.

CREATE TABLE academic_year (
    school_id  bigint NOT NULL REFERENCES school (id),
    id         bigint GENERATED ALWAYS AS IDENTITY,
    name       text NOT NULL CHECK (btrim(name) <> ''),          -- "2026/2027"
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    state      text NOT NULL DEFAULT 'planning' CHECK (state IN ('planning', 'active', 'closed')),
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, name),
    CHECK (ends_on > starts_on)
);
-- At most one active year per school.
CREATE UNIQUE INDEX academic_year_one_active ON academic_year (school_id) WHERE state = 'active';

CREATE TABLE period_scheme (
    school_id         bigint NOT NULL,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    academic_year_id  bigint NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('quarters', 'trimesters', 'halves', 'year')),
    name              text NOT NULL CHECK (btrim(name) <> ''),  -- "Четверти"
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, academic_year_id, name),
    FOREIGN KEY (school_id, academic_year_id) REFERENCES academic_year (school_id, id)
);

CREATE TABLE period (
    school_id   bigint NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    scheme_id   bigint NOT NULL,
    ordinal     smallint NOT NULL CHECK (ordinal BETWEEN 1 AND 4),
    name        text NOT NULL CHECK (btrim(name) <> ''),        -- "1 четверть"
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    closed      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, scheme_id, ordinal),
    FOREIGN KEY (school_id, scheme_id) REFERENCES period_scheme (school_id, id) ON DELETE CASCADE,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE holiday (
    school_id         bigint NOT NULL,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    academic_year_id  bigint NOT NULL,
    name              text NOT NULL CHECK (btrim(name) <> ''),  -- "Осенние каникулы"
    starts_on         date NOT NULL,
    ends_on           date NOT NULL,
    grades            smallint[],                               -- NULL: every grade
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, academic_year_id) REFERENCES academic_year (school_id, id),
    CHECK (ends_on >= starts_on)
);

CREATE TABLE subject (
    school_id   bigint NOT NULL REFERENCES school (id),
    id          bigint GENERATED ALWAYS AS IDENTITY,
    name        text NOT NULL CHECK (btrim(name) <> ''),        -- "Русский язык"
    short_name  text NOT NULL CHECK (btrim(short_name) <> ''),  -- "Рус. яз."
    component   text NOT NULL DEFAULT 'federal' CHECK (component IN ('federal', 'school')),
    archived    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, name),
    UNIQUE (school_id, short_name)
);

CREATE TABLE room (
    school_id  bigint NOT NULL REFERENCES school (id),
    id         bigint GENERATED ALWAYS AS IDENTITY,
    name       text NOT NULL CHECK (btrim(name) <> ''),         -- "214"
    title      text NOT NULL DEFAULT '',                        -- "Кабинет физики"
    capacity   smallint CHECK (capacity > 0),
    archived   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, name)
);

CREATE TABLE bell (
    school_id         bigint NOT NULL,
    academic_year_id  bigint NOT NULL,
    shift             smallint NOT NULL CHECK (shift IN (1, 2)),
    lesson_no         smallint NOT NULL CHECK (lesson_no BETWEEN 0 AND 12),
    starts_at         time NOT NULL,
    ends_at           time NOT NULL,
    PRIMARY KEY (school_id, academic_year_id, shift, lesson_no),
    FOREIGN KEY (school_id, academic_year_id) REFERENCES academic_year (school_id, id),
    CHECK (ends_at > starts_at)
);

CREATE TABLE staff (
    school_id    bigint NOT NULL REFERENCES school (id),
    id           bigint GENERATED ALWAYS AS IDENTITY,
    last_name    text NOT NULL CHECK (btrim(last_name) <> ''),
    first_name   text NOT NULL CHECK (btrim(first_name) <> ''),
    middle_name  text NOT NULL DEFAULT '',
    position     text NOT NULL DEFAULT '',                      -- "Учитель математики"
    email        text NOT NULL DEFAULT '',
    phone        text NOT NULL DEFAULT '',
    user_id      bigint,
    archived     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, user_id),
    FOREIGN KEY (school_id, user_id) REFERENCES app_user (school_id, id)
);

CREATE TABLE student (
    school_id         bigint NOT NULL REFERENCES school (id),
    id                bigint GENERATED ALWAYS AS IDENTITY,
    last_name         text NOT NULL CHECK (btrim(last_name) <> ''),
    first_name        text NOT NULL CHECK (btrim(first_name) <> ''),
    middle_name       text NOT NULL DEFAULT '',
    birth_date        date,
    gender            text CHECK (gender IN ('m', 'f')),
    personal_file_no  text,                                     -- № личного дела
    user_id           bigint,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, personal_file_no),
    UNIQUE (school_id, user_id),
    FOREIGN KEY (school_id, user_id) REFERENCES app_user (school_id, id)
);

CREATE TABLE guardian (
    school_id    bigint NOT NULL REFERENCES school (id),
    id           bigint GENERATED ALWAYS AS IDENTITY,
    last_name    text NOT NULL CHECK (btrim(last_name) <> ''),
    first_name   text NOT NULL CHECK (btrim(first_name) <> ''),
    middle_name  text NOT NULL DEFAULT '',
    phone        text NOT NULL DEFAULT '',
    email        text NOT NULL DEFAULT '',
    user_id      bigint,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, user_id),
    FOREIGN KEY (school_id, user_id) REFERENCES app_user (school_id, id)
);

CREATE TABLE student_guardian (
    school_id    bigint NOT NULL,
    student_id   bigint NOT NULL,
    guardian_id  bigint NOT NULL,
    relation     text NOT NULL DEFAULT 'guardian'
                 CHECK (relation IN ('mother', 'father', 'guardian', 'other')),
    PRIMARY KEY (school_id, student_id, guardian_id),
    FOREIGN KEY (school_id, student_id) REFERENCES student (school_id, id),
    FOREIGN KEY (school_id, guardian_id) REFERENCES guardian (school_id, id)
);

CREATE TABLE class_unit (
    school_id         bigint NOT NULL,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    academic_year_id  bigint NOT NULL,
    grade             smallint NOT NULL CHECK (grade BETWEEN 1 AND 11),
    letter            text NOT NULL CHECK (letter ~ '^[А-ЯЁ]{1,2}$'),
    class_teacher_id  bigint,
    period_scheme_id  bigint,
    shift             smallint NOT NULL DEFAULT 1 CHECK (shift IN (1, 2)),
    room_id           bigint,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, academic_year_id, grade, letter),
    FOREIGN KEY (school_id, academic_year_id) REFERENCES academic_year (school_id, id),
    FOREIGN KEY (school_id, class_teacher_id) REFERENCES staff (school_id, id),
    FOREIGN KEY (school_id, period_scheme_id) REFERENCES period_scheme (school_id, id),
    FOREIGN KEY (school_id, room_id) REFERENCES room (school_id, id)
);

-- A student's membership of a class over a date range; the class on any date is the row
-- whose range contains it. Rows are closed (ends_on), never rewritten or deleted.
CREATE TABLE enrollment (
    school_id   bigint NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    student_id  bigint NOT NULL,
    class_id    bigint NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES student (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES class_unit (school_id, id),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX enrollment_student_idx ON enrollment (school_id, student_id, starts_on);
CREATE INDEX enrollment_class_idx ON enrollment (school_id, class_id, starts_on);

-- The movement book (книга движения): admissions, transfers, withdrawals with orders.
CREATE TABLE movement (
    school_id      bigint NOT NULL,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    student_id     bigint NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('admission', 'transfer', 'withdrawal')),
    on_date        date NOT NULL,
    from_class_id  bigint,
    to_class_id    bigint,
    order_no       text NOT NULL CHECK (btrim(order_no) <> ''),
    reason         text NOT NULL DEFAULT '',
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    bigint,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES student (school_id, id),
    FOREIGN KEY (school_id, from_class_id) REFERENCES class_unit (school_id, id),
    FOREIGN KEY (school_id, to_class_id) REFERENCES class_unit (school_id, id),
    CHECK ((kind = 'admission' AND from_class_id IS NULL AND to_class_id IS NOT NULL)
        OR (kind = 'transfer' AND from_class_id IS NOT NULL AND to_class_id IS NOT NULL)
        OR (kind = 'withdrawal' AND from_class_id IS NOT NULL AND to_class_id IS NULL))
);
CREATE INDEX movement_student_idx ON movement (school_id, student_id, on_date);

-- Subgroups of a class, cross-class streams, electives, individual study plans (ИУП).
CREATE TABLE study_group (
    school_id         bigint NOT NULL,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    academic_year_id  bigint NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('subgroup', 'stream', 'elective', 'individual')),
    name              text NOT NULL CHECK (btrim(name) <> ''),  -- "5А англ. 1 гр."
    class_id          bigint,                                   -- the class a subgroup splits
    subject_id        bigint,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, academic_year_id, name),
    FOREIGN KEY (school_id, academic_year_id) REFERENCES academic_year (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES class_unit (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subject (school_id, id),
    CHECK (kind <> 'subgroup' OR class_id IS NOT NULL)
);

CREATE TABLE group_member (
    school_id   bigint NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    group_id    bigint NOT NULL,
    student_id  bigint NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, group_id) REFERENCES study_group (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES student (school_id, id),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX group_member_group_idx ON group_member (school_id, group_id);

-- Учебный план: weekly hours per subject per class, federal and school part.
CREATE TABLE curriculum (
    school_id       bigint NOT NULL,
    class_id        bigint NOT NULL,
    subject_id      bigint NOT NULL,
    part            text NOT NULL CHECK (part IN ('federal', 'school')),
    hours_per_week  numeric(4, 1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 40),
    PRIMARY KEY (school_id, class_id, subject_id, part),
    FOREIGN KEY (school_id, class_id) REFERENCES class_unit (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subject (school_id, id)
);

-- Учебная нагрузка: a teacher teaches a subject to a class or to a group, hours per week.
CREATE TABLE assignment (
    school_id       bigint NOT NULL,
    id              bigint GENERATED ALWAYS AS IDENTITY,
    staff_id        bigint NOT NULL,
    subject_id      bigint NOT NULL,
    class_id        bigint,
    group_id        bigint,
    hours_per_week  numeric(4, 1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 40),
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, staff_id) REFERENCES staff (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subject (school_id, id),
    FOREIGN KEY (school_id, class_id) REFERENCES class_unit (school_id, id),
    FOREIGN KEY (school_id, group_id) REFERENCES study_group (school_id, id),
    CHECK (num_nonnulls(class_id, group_id) = 1)
);
CREATE INDEX assignment_staff_idx ON assignment (school_id, staff_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON academic_year, period_scheme, period, holiday, subject,
    room, bell, staff, student, guardian, student_guardian, class_unit, study_group,
    curriculum, assignment TO ejournal_app;
-- History: rows are added and closed, never deleted.
GRANT SELECT, INSERT, UPDATE ON enrollment, group_member TO ejournal_app;
GRANT SELECT, INSERT ON movement TO ejournal_app;
