// Client memory with ten journals open: a school of ten classes of 30 students with a
// lesson every weekday and about half of the cells filled; the teacher's client opens all
// ten journals (model + grid, painted once) and the resident set size (VmRSS from
// /proc/self/status) is reported before and after, with the time each open took.
#include "tst_client_helpers.h"

#include "journalgrid.h"
#include "journalmodel.h"
#include "journaloutbox.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

class BenchClientJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tenJournalsOpen();

private:
    void sql(const QString &statement);
    TestServer m_server;
};

void BenchClientJournal::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

void BenchClientJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const QDate today = QDate::currentDate();
    const QDate start = today.addDays(-100), end = today.addDays(150);
    const QString s = QStringLiteral("(SELECT id FROM school)");
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, 'Текущий', '%2', '%3', 'active')").arg(s, iso(start), iso(end)));
    const QString y = QStringLiteral("(SELECT id FROM academic_year)");
    sql(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " VALUES (%1, %2, 'trimesters', 'Триместры')").arg(s, y));
    sql(QStringLiteral("INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on)"
                       " SELECT %1, ps.id, q.n, q.n || ' триместр', q.f::date, q.t::date FROM period_scheme ps,"
                       " (VALUES (1, '%2', '%3'), (2, '%4', '%5'), (3, '%6', '%7')) q(n, f, t)")
            .arg(s, iso(start), iso(today.addDays(-75)), iso(today.addDays(-74)), iso(today.addDays(10)),
                 iso(today.addDays(11)), iso(end)));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter, period_scheme_id)"
                       " SELECT %1, %2, 5, l, (SELECT id FROM period_scheme)"
                       "   FROM unnest(ARRAY['А','Б','В','Г','Д','Е','Ж','И','К','Л']) l").arg(s, y));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES (%1, 'Математика', 'Мат.')").arg(s));
    const qint64 user = m_server.createUser(QStringLiteral("petrova"), kPassword, {QStringLiteral("teacher")});
    QVERIFY(user > 0);
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id)"
                       " VALUES (%1, 'Петрова', 'Анна', %2)").arg(s).arg(user));
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name)"
                       " SELECT %1, 'Ученик' || c.id || '_' || n, 'Имя' || n FROM class_unit c, generate_series(1, 30) n").arg(s));
    sql(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
                       " SELECT %1, st.id, c.id, '%2' FROM student st JOIN class_unit c"
                       "   ON st.last_name LIKE 'Ученик' || c.id || '\\_%'").arg(s, iso(start)));
    sql(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
                       " SELECT %1, st.id, su.id, c.id, 5 FROM staff st, subject su, class_unit c").arg(s));
    sql(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id)"
                       " SELECT %1, a.id, d::date, 1 + (a.id % 6)::int, a.staff_id FROM assignment a,"
                       "  generate_series('%2'::date, '%3'::date, interval '1 day') d"
                       " WHERE extract(isodow FROM d) < 6").arg(s, iso(start), iso(end)));
    // About half of the past cells: a mark, and one absence in twenty.
    sql(QStringLiteral("INSERT INTO journal_cell (school_id, lesson_id, student_id, attendance)"
                       " SELECT %1, l.id, e.student_id, CASE WHEN random() < 0.1 THEN 'absent' END"
                       "   FROM lesson l JOIN assignment a ON a.id = l.assignment_id"
                       "   JOIN enrollment e ON e.class_id = a.class_id"
                       "  WHERE l.on_date <= current_date AND random() < 0.5").arg(s));
    sql(QStringLiteral("INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id)"
                       " SELECT %1, c.lesson_id, c.student_id, 1, (2 + floor(random() * 4))::int::text,"
                       "        (SELECT id FROM work_type WHERE short_name = 'Отв')"
                       "   FROM journal_cell c WHERE c.attendance IS NULL").arg(s));
}

void BenchClientJournal::tenJournalsOpen()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("petrova"), kPassword);
    QCborArray journals;
    teacher.connection()->request(QStringLiteral("journal.list"), {}, nullptr,
                                  [&](const Reply &reply) { journals = reply.result.toArray(); });
    QTRY_COMPARE_WITH_TIMEOUT(journals.size(), 10, kTimeoutMs);

    const qint64 before = residentKiB();
    std::vector<std::unique_ptr<JournalOutbox>> outboxes;
    std::vector<std::unique_ptr<JournalModel>> models;
    std::vector<std::unique_ptr<JournalGrid>> grids;
    QList<qint64> openMs;
    qint64 cells = 0;
    for (const QCborValue &j : journals) {
        QElapsedTimer timer;
        timer.start();
        QCborMap result;
        teacher.connection()->request(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), j.toMap().value(QStringLiteral("assignmentId"))}},
                                      nullptr, [&](const Reply &reply) { result = reply.result.toMap(); });
        QTRY_VERIFY_WITH_TIMEOUT(!result.isEmpty(), kTimeoutMs);
        const auto snapshot = ejournal::client::journal::Snapshot::fromMap(result);
        cells += snapshot.cells.size();
        outboxes.push_back(std::make_unique<JournalOutbox>(teacher.connection(), QString()));
        models.push_back(std::make_unique<JournalModel>(outboxes.back().get()));
        models.back()->setSnapshot(snapshot, false);
        grids.push_back(std::make_unique<JournalGrid>(models.back().get()));
        grids.back()->resize(1280, 720);
        grids.back()->show();
        grids.back()->grab();  // painted once, as on screen
        openMs.append(timer.elapsed());
        QCOMPARE(models.back()->rowCount(), 30);
    }
    const qint64 after = residentKiB();
    qInfo("ten journals: %lld cells, %d lessons in the first; open (request + model + grid + paint) ms: %s",
          cells, int(models.front()->snapshot().lessons.size()),
          qPrintable([&] { QStringList t; for (qint64 ms : openMs) t << QString::number(ms); return t.join(QLatin1Char(' ')); }()));
    qInfo("RSS before %lld KiB, after %lld KiB: +%lld KiB for ten journals (%lld KiB each)",
          before, after, after - before, (after - before) / 10);
    QVERIFY(after > 0 && before > 0);
}

QTEST_MAIN(BenchClientJournal)
#include "bench_client_journal.moc"
