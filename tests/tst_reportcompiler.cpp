// Integration tests of the report compiler (server/reports/compiler) on a real PostgreSQL: the
// small school of tst_paper_school.h with more marks, run for the deputy and for a teacher,
// every figure checked against a computation in this file from the marks put in.
#include "loginthrottle.h"
#include "reports/compiler.h"
#include "tst_paper_school.h"

#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace ejournal;
using reports::Aggregate;
using reports::Definition;
using reports::FilterOp;
using reports::Result;

namespace {

struct Mark
{
    const char *student;
    const char *subject;
    const char *date;
    int position;
    const char *value;
    const char *kind;
};

// The marks of tst_paper_school.h (the first four) and those this test adds.
const Mark kMarks[] = {
    {"Алексеев", "Математика", "2026-09-02", 1, "5", "Отв"},
    {"Алексеев", "Математика", "2026-09-02", 2, "4", "ДЗ"},
    {"Алексеев", "Математика", "2026-09-07", 1, "3", "КР"},
    {"Алексеев", "Русский язык", "2026-09-08", 1, "4", "Отв"},
    {"Борисова", "Математика", "2026-09-02", 1, "4", "Отв"},
    {"Борисова", "Математика", "2026-09-07", 1, "2", "КР"},
    {"Волков", "Математика", "2026-09-09", 1, "3", "Отв"},
    {"Григорьева", "Математика", "2026-09-02", 1, "5", "Отв"},
    {"Григорьева", "Математика", "2026-09-07", 1, "5", "КР"},
    {"Григорьева", "Математика", "2026-09-09", 1, "pass", "ДЗ"},
    {"Борисова", "Русский язык", "2026-09-07", 1, "3", "Дикт"},
    {"Волков", "Русский язык", "2026-09-08", 1, "2", "Отв"},
    {"Григорьева", "Русский язык", "2026-09-08", 1, "4", "Дикт"},
    {"Дмитриев", "Математика", "2026-09-02", 1, "4", "Отв"},
    {"Дмитриев", "Математика", "2026-09-07", 1, "4", "КР"},
    {"Егорова", "Математика", "2026-09-02", 1, "3", "Отв"},
    {"Егорова", "Математика", "2026-09-09", 1, "2", "ДЗ"},
    {"Дмитриев", "Русский язык", "2026-09-08", 1, "5", "Отв"},
    {"Егорова", "Русский язык", "2026-09-08", 1, "5", "Дикт"},
};
constexpr int kPaperSchoolMarks = 4;

QString classOf(const QString &student)
{
    return student < QStringLiteral("Д") ? QStringLiteral("5А") : QStringLiteral("6А");
}

double weightOf(const QString &kind)
{
    return kind == QStringLiteral("КР") || kind == QStringLiteral("Дикт") ? 2.0 : 1.0;
}

// Figures over the marks a predicate picks, computed here independently of the server.
struct Figures
{
    qint64 count = 0;
    QList<double> numbers;
    double weighted = 0;
    double weights = 0;

    double average() const
    {
        double sum = 0;
        for (double v : numbers)
            sum += v;
        return std::round(sum / numbers.size() * 100) / 100;
    }
    double share(double atLeast) const
    {
        const auto n = std::count_if(numbers.cbegin(), numbers.cend(),
                                     [&](double v) { return v >= atLeast; });
        return std::round(1000.0 * n / numbers.size()) / 10;
    }
    double weightedAverage() const { return std::round(weighted / weights * 100) / 100; }
};

template <typename Pick>
Figures figures(Pick pick)
{
    Figures f;
    for (const Mark &m : kMarks) {
        if (!pick(m))
            continue;
        ++f.count;
        bool numeric = false;
        const double v = QString::fromUtf8(m.value).toDouble(&numeric);
        if (!numeric)
            continue;
        f.numbers.append(v);
        f.weighted += v * weightOf(QString::fromUtf8(m.kind));
        f.weights += weightOf(QString::fromUtf8(m.kind));
    }
    return f;
}

QString fullName(const QString &last)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("Алексеев"), QStringLiteral("Алексеев Иван Петрович")},
        {QStringLiteral("Борисова"), QStringLiteral("Борисова Анна Олеговна")},
        {QStringLiteral("Волков"), QStringLiteral("Волков Пётр")},
        {QStringLiteral("Григорьева"), QStringLiteral("Григорьева Мария Ивановна")},
        {QStringLiteral("Дмитриев"), QStringLiteral("Дмитриев Олег")},
        {QStringLiteral("Егорова"), QStringLiteral("Егорова Ольга")}};
    return names.value(last);
}

// The marks this test adds, as SQL VALUES rows.
QString addedMarks()
{
    QStringList rows;
    for (int i = kPaperSchoolMarks; i < int(std::size(kMarks)); ++i) {
        const Mark &m = kMarks[i];
        rows.append(QStringLiteral("('%1', '%2', '%3', %4, '%5', '%6')")
                        .arg(QString::fromUtf8(m.student), QString::fromUtf8(m.subject),
                             QString::fromUtf8(m.date)).arg(m.position)
                        .arg(QString::fromUtf8(m.value), QString::fromUtf8(m.kind)));
    }
    return rows.join(QStringLiteral(", "));
}

reports::FilterSpec filter(const QString &field, FilterOp op, const QCborValue &value)
{
    reports::FilterSpec spec;
    spec.field = field;
    spec.op = op;
    spec.value = value;
    return spec;
}

Definition parsed(const char *json)
{
    QString error;
    const auto d = Definition::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!d)
        qFatal("bad test definition: %s", qPrintable(error));
    return *d;
}

} // namespace

class TestReportCompiler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listing();
    void groupedPerClass();
    void pivotStudentsBySubject();
    void weightedAverage();
    void limitTruncates();
    void sortByValue();
    void injectionInTextIsData();
    void periodFilter();
    void unknownPeriodIsInvalid();
    void unboundParamIsInvalid();
    void teacherSeesOwnJournals();

private:
    server::RequestContext context(const QString &login, const QStringList &roles);
    Result run(const server::RequestContext &ctx, const Definition &definition);
    server::RequestContext deputy()
    {
        return context(QStringLiteral("zavuch"), {QStringLiteral("deputy")});
    }
    Result runAsDeputy(const char *json) { return run(deputy(), parsed(json)); }
    ejournal::Error failure(const Definition &definition);

    TestServer m_server;
    paperschool::School m_school;
    std::unique_ptr<TestConnection> m_db;
    server::ServerSettings m_settings;
    server::LoginThrottle m_throttle;
};

void TestReportCompiler::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(paperschool::build(m_server, &m_school));
    const QString s = QString::number(m_school.id);
    const QString values = addedMarks();
    QVERIFY(paperschool::run(m_server, QStringLiteral(
        "INSERT INTO journal_cell (school_id, lesson_id, student_id)"
        " SELECT DISTINCT %1, l.id, st.id FROM (VALUES %2) v(who, subj, d, pos, val, kind)"
        "  JOIN student st ON st.last_name = v.who"
        "  JOIN enrollment e ON e.student_id = st.id"
        "  JOIN subject su ON su.name = v.subj"
        "  JOIN assignment a ON a.subject_id = su.id AND a.class_id = e.class_id"
        "  JOIN lesson l ON l.assignment_id = a.id AND l.on_date = v.d::date"
        " ON CONFLICT DO NOTHING").arg(s, values)));
    QVERIFY(paperschool::run(m_server, QStringLiteral(
        "INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id)"
        " SELECT %1, l.id, st.id, v.pos, v.val, w.id FROM (VALUES %2) v(who, subj, d, pos, val, kind)"
        "  JOIN student st ON st.last_name = v.who"
        "  JOIN enrollment e ON e.student_id = st.id"
        "  JOIN subject su ON su.name = v.subj"
        "  JOIN assignment a ON a.subject_id = su.id AND a.class_id = e.class_id"
        "  JOIN lesson l ON l.assignment_id = a.id AND l.on_date = v.d::date"
        "  JOIN work_type w ON w.short_name = v.kind").arg(s, values)));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM mark")).toInt(), int(std::size(kMarks)));
}

server::RequestContext TestReportCompiler::context(const QString &login, const QStringList &roles)
{
    server::RequestContext ctx(m_db->database(), {}, {}, m_settings, m_throttle);
    ctx.caller.schoolId = m_school.id;
    ctx.caller.login = login;
    ctx.caller.roleNames = roles;
    ctx.caller.userId = m_db->value(QStringLiteral("SELECT id FROM app_user WHERE login = '%1'")
                                        .arg(login)).toLongLong();
    ctx.caller.staffId = m_db->value(QStringLiteral("SELECT id FROM staff WHERE user_id = %1")
                                         .arg(ctx.caller.userId)).toLongLong();
    return ctx;
}

Result TestReportCompiler::run(const server::RequestContext &ctx, const Definition &definition)
{
    try {
        return server::reports::run(ctx, definition);
    } catch (const ejournal::Error &e) {
        qWarning("report failed: %s", qPrintable(e.message));
    } catch (const server::DbFailure &e) {
        qWarning("report failed in the database: %s", e.what());
    }
    return {};
}

ejournal::Error TestReportCompiler::failure(const Definition &definition)
{
    try {
        server::reports::run(deputy(), definition);
    } catch (const ejournal::Error &e) {
        return e;
    }
    return {ErrorCode::Internal, QStringLiteral("the report ran"), {}};
}

void TestReportCompiler::listing()
{
    Definition d = parsed(R"({"dataset": "marks",
        "fields": ["date", "student", "subject", "value", "workType", "markText"]})");
    d.filters.append(filter(QStringLiteral("student"), FilterOp::Eq,
                            m_school.students.value(QStringLiteral("Алексеев"))));
    const Result r = run(deputy(), d);
    QCOMPARE(r.dimensions, 6);
    QCOMPARE(r.columns.at(0).type, reports::ValueType::Date);
    QCOMPARE(r.columns.at(3).type, reports::ValueType::Number);
    const auto row = [](const char *date, const char *subject, double value, const char *kind) {
        return QVariantList{QString::fromUtf8(date), fullName(QStringLiteral("Алексеев")),
                            QString::fromUtf8(subject), value, QString::fromUtf8(kind),
                            QString::number(value)};
    };
    const QList<QVariantList> expected{
        row("2026-09-02", "Математика", 4, "Домашняя работа"),
        row("2026-09-02", "Математика", 5, "Ответ на уроке"),
        row("2026-09-07", "Математика", 3, "Контрольная работа"),
        row("2026-09-08", "Русский язык", 4, "Ответ на уроке")};
    QCOMPARE(r.rows, expected);
    QVERIFY(!r.truncated);
    QVERIFY(!r.total);
}

void TestReportCompiler::groupedPerClass()
{
    const Result r = runAsDeputy(R"({"dataset": "marks", "rows": ["class"], "totals": true,
        "values": [{"field": "value", "agg": "avg"}, {"field": "value", "agg": "success"},
                   {"field": "value", "agg": "quality"}, {"field": "value", "agg": "count"},
                   {"field": "student", "agg": "distinct"}]})");
    QCOMPARE(r.dimensions, 1);
    QCOMPARE(r.columns.size(), 6);
    QCOMPARE(r.columns.at(2).type, reports::ValueType::Percent);
    QCOMPARE(r.rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString cls = i == 0 ? QStringLiteral("5А") : QStringLiteral("6А");
        const Figures f = figures([&](const Mark &m) { return classOf(QString::fromUtf8(m.student)) == cls; });
        const QVariantList &row = r.rows.at(i);
        QCOMPARE(row.at(0).toString(), cls);
        QCOMPARE(row.at(1).toDouble(), f.average());
        QCOMPARE(row.at(2).toDouble(), f.share(3));
        QCOMPARE(row.at(3).toDouble(), f.share(4));
        QCOMPARE(row.at(4).toLongLong(), f.count);
        QCOMPARE(row.at(5).toLongLong(), qint64(i == 0 ? 4 : 2));
    }
    const Figures all = figures([](const Mark &) { return true; });
    QVERIFY(r.total);
    QCOMPARE(r.total->at(0), QVariant());
    QCOMPARE(r.total->at(1).toDouble(), all.average());
    QCOMPARE(r.total->at(2).toDouble(), all.share(3));
    QCOMPARE(r.total->at(3).toDouble(), all.share(4));
    QCOMPARE(r.total->at(4).toLongLong(), qint64(std::size(kMarks)));
    QCOMPARE(r.total->at(5).toLongLong(), qint64(6));
}

void TestReportCompiler::pivotStudentsBySubject()
{
    const Result r = runAsDeputy(R"({"dataset": "marks", "rows": ["student"],
        "columns": ["subject"], "totals": true,
        "values": [{"field": "value", "agg": "avg"}, {"field": "value", "agg": "count"}]})");
    const QStringList subjects{QStringLiteral("Математика"), QStringLiteral("Русский язык")};
    QCOMPARE(r.dimensions, 1);
    QCOMPARE(r.columns.size(), 1 + 2 * 2 + 2);
    QCOMPARE(r.columns.at(1).pivot, QStringList{subjects.at(0)});
    QCOMPARE(r.columns.at(2).aggregate, Aggregate::Count);
    QCOMPARE(r.columns.at(3).pivot, QStringList{subjects.at(1)});
    QVERIFY(r.columns.at(5).pivotTotal);
    QCOMPARE(reports::columnCaption(r, r.columns.at(1)),
             QStringLiteral("Математика · Mark — Average"));
    const QStringList students{QStringLiteral("Алексеев"), QStringLiteral("Борисова"),
                               QStringLiteral("Волков"), QStringLiteral("Григорьева"),
                               QStringLiteral("Дмитриев"), QStringLiteral("Егорова")};
    QCOMPARE(r.rows.size(), students.size());
    const auto cells = [&](auto pick) {
        QVariantList out;
        for (const QString &subject : subjects) {
            const Figures f = figures([&](const Mark &m) {
                return pick(m) && QString::fromUtf8(m.subject) == subject;
            });
            out << (f.numbers.isEmpty() ? QVariant() : QVariant(f.average()))
                << (f.count ? QVariant(f.count) : QVariant());
        }
        const Figures f = figures(pick);
        return out << f.average() << f.count;
    };
    for (int i = 0; i < students.size(); ++i) {
        const QVariantList expected = QVariantList{fullName(students.at(i))}
            + cells([&](const Mark &m) { return QString::fromUtf8(m.student) == students.at(i); });
        QCOMPARE(r.rows.at(i), expected);
    }
    QCOMPARE(*r.total, QVariantList{QVariant()} + cells([](const Mark &) { return true; }));
}

void TestReportCompiler::weightedAverage()
{
    Definition d = parsed(R"({"dataset": "marks", "rows": ["student"],
        "values": [{"field": "value", "agg": "wavg"}, {"field": "value", "agg": "avg"}]})");
    d.filters.append(filter(QStringLiteral("class"), FilterOp::Eq, m_school.classes.value(QStringLiteral("5А"))));
    const Result r = run(deputy(), d);
    QCOMPARE(r.rows.size(), 4);
    for (const QVariantList &row : r.rows) {
        const QString last = row.at(0).toString().section(u' ', 0, 0);
        const Figures f = figures([&](const Mark &m) { return QString::fromUtf8(m.student) == last; });
        QCOMPARE(row.at(1).toDouble(), f.weightedAverage());
        QCOMPARE(row.at(2).toDouble(), f.average());
    }
    // Борисова: 4 (answer, weight 1), 2 (control work, 2), 3 (dictation, 2): 14 / 5,
    // unweighted 9 / 3.
    QCOMPARE(r.rows.at(1).at(1).toDouble(), 2.8);
    QCOMPARE(r.rows.at(1).at(2).toDouble(), 3.0);
}

void TestReportCompiler::limitTruncates()
{
    const Result cut = runAsDeputy(R"({"dataset": "marks", "fields": ["date", "student"],
        "limit": 5})");
    QCOMPARE(cut.rows.size(), 5);
    QVERIFY(cut.truncated);
    QCOMPARE(cut.rows.at(0).at(0).toString(), QStringLiteral("2026-09-02"));
    const Result exact = runAsDeputy(R"({"dataset": "marks", "fields": ["date"], "limit": 19})");
    QCOMPARE(exact.rows.size(), 19);
    QVERIFY(!exact.truncated);
    const Result grouped = runAsDeputy(R"({"dataset": "marks", "rows": ["student"], "limit": 2,
        "values": [{"field": "value", "agg": "count"}], "totals": true})");
    QCOMPARE(grouped.rows.size(), 2);
    QVERIFY(grouped.truncated);
    QCOMPARE(grouped.total->at(1).toLongLong(), qint64(std::size(kMarks)));
}

void TestReportCompiler::sortByValue()
{
    const Result r = runAsDeputy(R"({"dataset": "marks", "rows": ["student"],
        "values": [{"field": "value", "agg": "avg"}], "sort": [{"key": "#0", "desc": true}]})");
    QCOMPARE(r.rows.size(), 6);
    for (int i = 1; i < r.rows.size(); ++i)
        QVERIFY(r.rows.at(i - 1).at(1).toDouble() >= r.rows.at(i).at(1).toDouble());
    // Григорьева (5, 5, 4 and a pass: 4.67) leads; Волков (3, 2: 2.5) is last.
    QCOMPARE(r.rows.first().at(0).toString(), fullName(QStringLiteral("Григорьева")));
    QCOMPARE(r.rows.last().at(0).toString(), fullName(QStringLiteral("Волков")));
}

void TestReportCompiler::injectionInTextIsData()
{
    const QString attack = QStringLiteral("'; DROP TABLE mark; --");
    for (FilterOp op : {FilterOp::Contains, FilterOp::Eq}) {
        Definition d = parsed(R"({"dataset": "marks", "fields": ["date", "topic"]})");
        d.filters.append(filter(QStringLiteral("topic"), op, attack));
        const server::RequestContext ctx = deputy();
        QVERIFY(server::reports::compile(ctx, d).binds.contains(
            op == FilterOp::Contains ? QVariant(u'%' + attack + u'%') : QVariant(attack)));
        const Result r = run(ctx, d);
        QCOMPARE(r.dataset, QStringLiteral("marks"));
        QVERIFY(r.rows.isEmpty());
    }
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM mark")).toInt(), int(std::size(kMarks)));
    // % and _ are letters in a contains filter, not patterns.
    Definition d = parsed(R"({"dataset": "marks", "fields": ["topic"]})");
    d.filters.append(filter(QStringLiteral("topic"), FilterOp::Contains, QStringLiteral("%")));
    QVERIFY(runAsDeputy(R"({"dataset": "marks", "fields": ["topic"]})").rows.size() == 19);
    QVERIFY(run(deputy(), d).rows.isEmpty());
    d.filters.first().value = QStringLiteral("тема 1");
    QVERIFY(!run(deputy(), d).rows.isEmpty());
}

void TestReportCompiler::periodFilter()
{
    Definition d = parsed(R"({"dataset": "marks", "rows": ["class"],
        "filters": [{"field": "date", "op": "inPeriod", "param": "period"}],
        "values": [{"field": "value", "agg": "count"}], "totals": true})");
    QString error;
    const auto first = d.bind({{QStringLiteral("period"), m_school.periods.value(QStringLiteral("1"))}}, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(run(deputy(), *first).total->at(1).toLongLong(),
             qint64(std::size(kMarks)));
    const auto second = d.bind({{QStringLiteral("period"), m_school.periods.value(QStringLiteral("2"))}}, &error);
    QVERIFY2(second, qPrintable(error));
    const Result none = run(deputy(), *second);
    QVERIFY(none.rows.isEmpty());
    QCOMPARE(none.total->at(1).toLongLong(), qint64(0));
}

void TestReportCompiler::unknownPeriodIsInvalid()
{
    Definition d = parsed(R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "date", "op": "inPeriod", "value": 987654}]})");
    const ejournal::Error e = failure(d);
    QCOMPARE(e.code, ErrorCode::Invalid);
    QCOMPARE(e.message, QStringLiteral("filters[0].value: unknown period 987654"));
    QCOMPARE(e.details.value(QStringLiteral("path")).toString(), QStringLiteral("filters[0].value"));
}

void TestReportCompiler::unboundParamIsInvalid()
{
    const ejournal::Error unbound = failure(parsed(R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "class", "op": "eq", "param": "cls"}]})"));
    QCOMPARE(unbound.code, ErrorCode::Invalid);
    QCOMPARE(unbound.details.value(QStringLiteral("param")).toString(), QStringLiteral("cls"));
    QCOMPARE(unbound.details.value(QStringLiteral("path")).toString(), QStringLiteral("filters[0].param"));
    Definition wrong = parsed(R"({"dataset": "marks", "fields": ["date"]})");
    wrong.fields.append(QStringLiteral("value) FROM mark --"));
    const ejournal::Error unchecked = failure(wrong);
    QCOMPARE(unchecked.code, ErrorCode::Invalid);
    QCOMPARE(unchecked.details.value(QStringLiteral("path")).toString(), QStringLiteral("fields[1]"));
}

void TestReportCompiler::teacherSeesOwnJournals()
{
    // Сидоров teaches Russian in both classes and is no class teacher: his Russian marks only.
    const Result r = run(context(QStringLiteral("sidorov"), {QStringLiteral("teacher")}),
                         parsed(R"({"dataset": "marks", "rows": ["class", "subject"],
                             "values": [{"field": "value", "agg": "avg"},
                                        {"field": "value", "agg": "count"}]})"));
    QCOMPARE(r.rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString cls = i == 0 ? QStringLiteral("5А") : QStringLiteral("6А");
        const Figures f = figures([&](const Mark &m) {
            return classOf(QString::fromUtf8(m.student)) == cls
                && QString::fromUtf8(m.subject) == QStringLiteral("Русский язык");
        });
        QCOMPARE(r.rows.at(i), (QVariantList{cls, QStringLiteral("Русский язык"), f.average(), f.count}));
    }
}

QTEST_GUILESS_MAIN(TestReportCompiler)
#include "tst_reportcompiler.moc"
