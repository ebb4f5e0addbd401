-- The journal: kinds of work with their weights, mark scales per subject, the cells of a
-- journal (attendance and marks of one student on one lesson) with every revision of them,
-- lesson cards (kind of work, homework due date and attachments, the КТП item), final marks,
-- the calendar-thematic plan (КТП), late corrections for the deputy's review, and the
-- school's journal settings.

-- Settings of a school's journal; a school without a row uses the defaults.
CREATE TABLE journal_setting (
    school_id        bigint PRIMARY KEY REFERENCES school (id),
    correction_days  smallint NOT NULL DEFAULT 7 CHECK (correction_days BETWEEN 0 AND 365)
);

-- A kind of work (вид работы) and its weight in the weighted average. A mark of a kind that
-- does not allow it is refused for a student marked absent on that lesson.
CREATE TABLE work_type (
    school_id      bigint NOT NULL REFERENCES school (id),
    id             bigint GENERATED ALWAYS AS IDENTITY,
    name           text NOT NULL CHECK (btrim(name) <> ''),          -- "Контрольная работа"
    short_name     text NOT NULL CHECK (btrim(short_name) <> ''),    -- "КР"
    weight         numeric(3,1) NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 10),
    allows_absent  boolean NOT NULL DEFAULT false,
    ordinal        smallint NOT NULL DEFAULT 0,
    archived       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, name),
    UNIQUE (school_id, short_name)
);

-- The kinds of work every school starts with.
CREATE FUNCTION seed_work_types(school bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO work_type (school_id, name, short_name, weight, allows_absent, ordinal)
    VALUES (school, 'Ответ на уроке', 'Отв', 1, false, 1),
           (school, 'Домашняя работа', 'ДЗ', 1, true, 2),
           (school, 'Самостоятельная работа', 'СР', 1.5, false, 3),
           (school, 'Проверочная работа', 'ПР', 1.5, false, 4),
           (school, 'Тест', 'Тест', 1.5, false, 5),
           (school, 'Диктант', 'Дикт', 2, false, 6),
           (school, 'Сочинение', 'Соч', 2, false, 7),
           (school, 'Изложение', 'Изл', 2, false, 8),
           (school, 'Лабораторная работа', 'ЛР', 1.5, false, 9),
           (school, 'Практическая работа', 'ПрР', 1.5, false, 10),
           (school, 'Контрольная работа', 'КР', 2, false, 11),
           (school, 'Зачёт', 'Зач', 2, false, 12),
           (school, 'Проект', 'Проект', 2, true, 13)
$$;
SELECT seed_work_types(id) FROM school;
CREATE FUNCTION seed_school_journal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM seed_work_types(NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER school_journal_defaults AFTER INSERT ON school
    FOR EACH ROW EXECUTE FUNCTION seed_school_journal();

-- The mark scale of a subject: 'five' (1–5, the default for a subject without a row),
-- 'ten' (1–10), 'pass' (зачёт / незачёт).
CREATE TABLE subject_scale (
    school_id   bigint NOT NULL,
    subject_id  bigint NOT NULL,
    scale       text NOT NULL CHECK (scale IN ('five', 'ten', 'pass')),
    PRIMARY KEY (school_id, subject_id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subject (school_id, id)
);

-- The calendar-thematic plan of a load: ordered topics with hours and planned dates.
CREATE TABLE plan_item (
    school_id      bigint NOT NULL,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    assignment_id  bigint NOT NULL,
    ordinal        integer NOT NULL CHECK (ordinal > 0),
    section        text NOT NULL DEFAULT '',                      -- раздел, тема раздела
    topic          text NOT NULL CHECK (btrim(topic) <> ''),
    hours          numeric(4,1) NOT NULL DEFAULT 1 CHECK (hours > 0 AND hours <= 99),
    planned_on     date,
    homework       text NOT NULL DEFAULT '',
    control_work   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, assignment_id, ordinal) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (school_id, assignment_id) REFERENCES assignment (school_id, id)
);

-- A lesson card beyond topic, summary and homework (003): the kind of work of the lesson's
-- column, the homework's due date and the КТП item the lesson covers.
ALTER TABLE lesson
    ADD COLUMN work_type_id bigint,
    ADD COLUMN homework_due date,
    ADD COLUMN plan_item_id bigint,
    ADD FOREIGN KEY (school_id, work_type_id) REFERENCES work_type (school_id, id),
    ADD FOREIGN KEY (school_id, plan_item_id) REFERENCES plan_item (school_id, id) ON DELETE SET NULL (plan_item_id);
CREATE INDEX lesson_plan_item_idx ON lesson (school_id, plan_item_id) WHERE plan_item_id IS NOT NULL;

-- A file attached to a lesson's homework (at most 10 MiB).
CREATE TABLE lesson_attachment (
    school_id    bigint NOT NULL,
    id           bigint GENERATED ALWAYS AS IDENTITY,
    lesson_id    bigint NOT NULL,
    file_name    text NOT NULL CHECK (btrim(file_name) <> ''),
    mime_type    text NOT NULL DEFAULT 'application/octet-stream',
    size         integer NOT NULL CHECK (size BETWEEN 0 AND 10485760),
    content      bytea NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    uploaded_by  bigint,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES lesson (school_id, id)
);
CREATE INDEX lesson_attachment_lesson_idx ON lesson_attachment (school_id, lesson_id);

-- One cell of a journal: a student on a lesson. Attendance: absent (н), sick (б),
-- excused (у), late (оп, with minutes). A cleared cell keeps its row and version so that a
-- stale write is still caught. updated_by is an app_user id.
CREATE TABLE journal_cell (
    school_id     bigint NOT NULL,
    lesson_id     bigint NOT NULL,
    student_id    bigint NOT NULL,
    attendance    text CHECK (attendance IN ('absent', 'sick', 'excused', 'late')),
    late_minutes  smallint CHECK (late_minutes BETWEEN 1 AND 120),
    version       integer NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    bigint,
    PRIMARY KEY (school_id, lesson_id, student_id),
    FOREIGN KEY (school_id, lesson_id) REFERENCES lesson (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES student (school_id, id),
    CHECK (late_minutes IS NULL OR attendance = 'late')
);
CREATE INDEX journal_cell_student_idx ON journal_cell (school_id, student_id);

-- The marks of a cell, in the order they were put. entered_at is kept while a mark is
-- unchanged (reports of marks entered late read it).
CREATE TABLE mark (
    school_id     bigint NOT NULL,
    id            bigint GENERATED ALWAYS AS IDENTITY,
    lesson_id     bigint NOT NULL,
    student_id    bigint NOT NULL,
    position      smallint NOT NULL CHECK (position BETWEEN 1 AND 5),
    value         text NOT NULL,
    work_type_id  bigint NOT NULL,
    comment       text NOT NULL DEFAULT '',
    entered_at    timestamptz NOT NULL DEFAULT now(),
    entered_by    bigint,
    PRIMARY KEY (school_id, id),
    UNIQUE (school_id, lesson_id, student_id, position),
    FOREIGN KEY (school_id, lesson_id, student_id)
        REFERENCES journal_cell (school_id, lesson_id, student_id) ON DELETE CASCADE,
    FOREIGN KEY (school_id, work_type_id) REFERENCES work_type (school_id, id)
);
CREATE INDEX mark_student_idx ON mark (school_id, student_id);

-- Every state a cell has had: its history ("who put this 2 and when") and the journal as
-- it was on a past date. content: {attendance, lateMinutes, marks: [{value, workTypeId,
-- comment}]}. late: made after the correction window or in a closed period.
CREATE TABLE journal_cell_revision (
    school_id   bigint NOT NULL,
    lesson_id   bigint NOT NULL,
    student_id  bigint NOT NULL,
    version     integer NOT NULL,
    content     jsonb NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  bigint,
    reason      text NOT NULL DEFAULT '',
    late        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (school_id, lesson_id, student_id, version),
    FOREIGN KEY (school_id, lesson_id, student_id)
        REFERENCES journal_cell (school_id, lesson_id, student_id)
);

-- A final mark of a student in a subject for a period (period_id NULL: the year's mark).
-- value: a value of the subject's scale, 'na' (н/а, not certified), 'pass', 'fail',
-- 'exempt' (освобождён); NULL once cleared (the row keeps its version).
CREATE TABLE final_mark (
    school_id         bigint NOT NULL,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    student_id        bigint NOT NULL,
    subject_id        bigint NOT NULL,
    academic_year_id  bigint NOT NULL,
    period_id         bigint,
    value             text,
    version           integer NOT NULL DEFAULT 1,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        bigint,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, student_id) REFERENCES student (school_id, id),
    FOREIGN KEY (school_id, subject_id) REFERENCES subject (school_id, id),
    FOREIGN KEY (school_id, academic_year_id) REFERENCES academic_year (school_id, id),
    FOREIGN KEY (school_id, period_id) REFERENCES period (school_id, id)
);
CREATE UNIQUE INDEX final_mark_one ON final_mark
    (school_id, student_id, subject_id, academic_year_id, coalesce(period_id, 0));

-- Edits made after the correction window or in a closed period, with their reason, for the
-- deputy to review. what: 'cell', 'lesson' (the lesson card), 'final'.
CREATE TABLE journal_correction (
    school_id      bigint NOT NULL,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    assignment_id  bigint NOT NULL,
    what           text NOT NULL CHECK (what IN ('cell', 'lesson', 'final')),
    lesson_id      bigint,
    student_id     bigint,
    period_id      bigint,
    before         jsonb,
    after          jsonb,
    reason         text NOT NULL CHECK (btrim(reason) <> ''),
    made_at        timestamptz NOT NULL DEFAULT now(),
    made_by        bigint NOT NULL,
    reviewed_at    timestamptz,
    reviewed_by    bigint,
    PRIMARY KEY (school_id, id),
    FOREIGN KEY (school_id, assignment_id) REFERENCES assignment (school_id, id)
);
CREATE INDEX journal_correction_open_idx ON journal_correction (school_id, made_at)
    WHERE reviewed_at IS NULL;

GRANT SELECT, INSERT, UPDATE ON journal_setting TO ejournal_app;
GRANT SELECT, INSERT, UPDATE ON work_type, subject_scale TO ejournal_app;
GRANT DELETE ON subject_scale TO ejournal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_item, lesson_attachment, journal_cell, mark,
    final_mark TO ejournal_app;
GRANT SELECT, INSERT ON journal_cell_revision TO ejournal_app;
GRANT SELECT, INSERT, UPDATE ON journal_correction TO ejournal_app;
