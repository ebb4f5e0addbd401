-- journal.setCell's write in one call: checks the version the client saw, writes the cell
-- row, replaces its marks (an unchanged mark — same value, kind and comment as an old one
-- not matched yet — keeps its entry time and author) and appends the revision. Returns
-- {"conflict": true} on a stale version (nothing written), else {"conflict": false,
-- "version", "updatedAt" and the marks' "enteredAt" (ms since the epoch), their "enteredBy"
-- (names), and "before": the cell's former content}.
CREATE FUNCTION journal_write_cell(p_school bigint, p_lesson bigint, p_student bigint,
                                   p_seen integer, p_content jsonb, p_user bigint,
                                   p_reason text, p_late boolean)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    cur journal_cell;
    old mark[];
    used boolean[];
    wanted jsonb := p_content -> 'marks';
    m jsonb;
    kept integer;
    at_ timestamptz;
    by_ bigint;
    entered jsonb := '[]';
    before jsonb;
BEGIN
    SELECT * INTO cur FROM journal_cell
     WHERE school_id = p_school AND lesson_id = p_lesson AND student_id = p_student
       FOR UPDATE;
    IF coalesce(cur.version, 0) <> p_seen THEN
        RETURN jsonb_build_object('conflict', true);
    END IF;
    old := ARRAY(SELECT o FROM mark o
                  WHERE o.school_id = p_school AND o.lesson_id = p_lesson
                    AND o.student_id = p_student ORDER BY o.position);
    before := jsonb_build_object(
        'attendance', coalesce(cur.attendance, ''), 'lateMinutes', coalesce(cur.late_minutes, 0),
        'marks', coalesce((SELECT jsonb_agg(jsonb_build_object('value', o.value,
                                   'workTypeId', o.work_type_id, 'comment', o.comment)
                                   ORDER BY o.position) FROM unnest(old) o), '[]'));
    IF p_seen = 0 THEN
        INSERT INTO journal_cell (school_id, lesson_id, student_id, attendance, late_minutes,
                                  updated_by)
        VALUES (p_school, p_lesson, p_student, nullif(p_content ->> 'attendance', ''),
                nullif((p_content ->> 'lateMinutes')::smallint, 0), p_user)
        ON CONFLICT DO NOTHING RETURNING * INTO cur;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('conflict', true);
        END IF;
    ELSE
        UPDATE journal_cell SET attendance = nullif(p_content ->> 'attendance', ''),
               late_minutes = nullif((p_content ->> 'lateMinutes')::smallint, 0),
               updated_by = p_user, version = version + 1, updated_at = now()
         WHERE school_id = p_school AND lesson_id = p_lesson AND student_id = p_student
        RETURNING * INTO cur;
    END IF;
    IF cardinality(old) > 0 OR jsonb_array_length(wanted) > 0 THEN
        DELETE FROM mark
         WHERE school_id = p_school AND lesson_id = p_lesson AND student_id = p_student;
        used := array_fill(false, ARRAY[cardinality(old) + 1]);
        FOR i IN 1 .. jsonb_array_length(wanted) LOOP
            m := wanted -> (i - 1);
            kept := NULL;
            FOR j IN 1 .. cardinality(old) LOOP
                IF NOT used[j] AND (old[j]).value = m ->> 'value'
                   AND (old[j]).work_type_id = (m ->> 'workTypeId')::bigint
                   AND (old[j]).comment = m ->> 'comment' THEN
                    used[j] := true;
                    kept := j;
                    EXIT;
                END IF;
            END LOOP;
            INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id,
                              comment, entered_at, entered_by)
            VALUES (p_school, p_lesson, p_student, i, m ->> 'value',
                    (m ->> 'workTypeId')::bigint, m ->> 'comment',
                    CASE WHEN kept IS NULL THEN now() ELSE (old[kept]).entered_at END,
                    CASE WHEN kept IS NULL THEN p_user ELSE (old[kept]).entered_by END)
            RETURNING entered_at, entered_by INTO at_, by_;
            entered := entered || jsonb_build_array(jsonb_build_object(
                'enteredAt', floor(extract(epoch FROM at_) * 1000)::bigint,
                'enteredBy', coalesce((SELECT u.full_name FROM app_user u
                                        WHERE u.school_id = p_school AND u.id = by_), '')));
        END LOOP;
    END IF;
    INSERT INTO journal_cell_revision (school_id, lesson_id, student_id, version, content,
                                       changed_by, reason, late)
    VALUES (p_school, p_lesson, p_student, cur.version, p_content, p_user, p_reason, p_late);
    RETURN jsonb_build_object('conflict', false, 'version', cur.version,
                              'updatedAt', floor(extract(epoch FROM cur.updated_at) * 1000)::bigint,
                              'marks', entered, 'before', before);
END
$$;
