// Composing the paper class journal: title page, spreads, summaries.
#include "paperjournal.h"

#include "papersummary.h"
#include "papertable.h"
#include "papertext.h"

#include <QHash>

namespace ejournal::client {

namespace {
constexpr qreal kNumberMm = 6;
constexpr qreal kNameMm = 42;
constexpr qreal kDayMm = 5.5;     // a lesson's column
constexpr qreal kFinalMm = 7.5;   // a period or year mark's column
constexpr qreal kHeadRowMm = 5;
constexpr qreal kRowMm = 5.4;
constexpr qreal kTitleMm = 9;

// A column of a left page: a lesson, or a final mark (period id; 0 = the year).
struct Column
{
    QCborMap lesson;  // empty for a final column
    qint64 periodId = -1;
    QString head;
};

struct Subject
{
    QCborMap load;
    QString title;    // "Английский язык (5А англ. 1 гр.)"
    QList<QCborMap> students;
};

// Everything the pages look up: cells and finals by key, students by id.
struct Lookup
{
    QHash<QString, QString> cells;   // "lesson/student" → «н», «5/4»
    QHash<QString, QString> finals;  // "student/subject/period" → value
    QHash<qint64, QCborMap> students;

    QString cell(qint64 lesson, qint64 student) const
    {
        return cells.value(QStringLiteral("%1/%2").arg(lesson).arg(student));
    }
    QString final(qint64 student, qint64 subject, qint64 period) const
    {
        return finals.value(QStringLiteral("%1/%2/%3").arg(student).arg(subject).arg(period));
    }
};

Lookup lookup(const QCborMap &j)
{
    Lookup l;
    for (const QCborValue &c : j.value(QStringLiteral("cells")).toArray())
        l.cells.insert(QStringLiteral("%1/%2").arg(idOf(c, "lessonId")).arg(idOf(c, "studentId")),
                       PaperText::cell(textOf(c, "attendance"), field(c, "marks").toArray()));
    for (const QCborValue &f : j.value(QStringLiteral("finals")).toArray())
        l.finals.insert(QStringLiteral("%1/%2/%3").arg(idOf(f, "studentId")).arg(idOf(f, "subjectId"))
                            .arg(field(f, "periodId").toInteger(0)),
                        PaperText::markValue(textOf(f, "value")));
    for (const QCborValue &s : j.value(QStringLiteral("students")).toArray())
        l.students.insert(idOf(s, "id"), s.toMap());
    return l;
}

// The columns of one subject: its lessons, each period's mark after the period's last
// lesson, the year's after the last one when the whole year is printed.
QList<Column> subjectColumns(const QCborMap &load, const QCborMap &j)
{
    const QCborArray lessons = load.value(QStringLiteral("lessons")).toArray();
    QHash<qsizetype, QList<Column>> after;  // lesson index → final columns after it
    for (const QCborValue &p : j.value(QStringLiteral("periods")).toArray()) {
        qsizetype last = -1;
        for (qsizetype i = 0; i < lessons.size(); ++i)
            if (dateOf(lessons.at(i), "date") >= dateOf(p, "startsOn")
                && dateOf(lessons.at(i), "date") <= dateOf(p, "endsOn"))
                last = i;
        const bool printed = j.value(QStringLiteral("periodId")).isNull()
            || j.value(QStringLiteral("periodId")).toInteger() == idOf(p, "id");
        if (last >= 0 && printed)
            after[last].append(Column{QCborMap(), idOf(p, "id"), PaperText::periodHead(p.toMap())});
    }
    if (j.value(QStringLiteral("periodId")).isNull() && !lessons.isEmpty())
        after[lessons.size() - 1].append(Column{QCborMap(), 0, PaperText::yearHead()});
    QList<Column> columns;
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const QCborMap lesson = lessons.at(i).toMap();
        columns.append({lesson, -1, QString::number(dateOf(lesson, "date").day())});
        columns += after.value(i);
    }
    return columns;
}

// Splits the columns into spreads: one month per spread (its finals with it), at most as
// many columns as fit the left page.
QList<QList<Column>> spreads(const QList<Column> &columns, qreal width)
{
    QList<QList<Column>> out;
    int month = -1;
    qreal used = 0;
    for (const Column &c : columns) {
        const bool lesson = !c.lesson.isEmpty();
        const int m = lesson ? dateOf(c.lesson, "date").month() : month;
        const qreal w = lesson ? kDayMm : kFinalMm;
        if (out.isEmpty() || m != month || used + w > width) {
            out.append(QList<Column>());
            used = 0;
        }
        out.last().append(c);
        used += w;
        month = m;
    }
    return out;
}

QString monthOf(const QList<Column> &spread)
{
    for (const Column &c : spread)
        if (!c.lesson.isEmpty()) {
            const QDate d = dateOf(c.lesson, "date");
            return QStringLiteral("%1 %2").arg(PaperText::month(d.month())).arg(d.year());
        }
    return {};
}

class JournalBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PaperJournal)
public:
    JournalBuilder(const QCborMap &journal, PaperDocument &document)
        : m_j(journal), m_doc(document), m_lookup(lookup(journal)) {}

    // Adds a subject's spreads; returns its first page (or -1 without lessons).
    int addSubject(const Subject &subject);

private:
    qreal pageTitle(PaperPage &page, const Subject &subject, const QString &month) const;
    void leftPage(const Subject &subject, const QList<Column> &spread,
                  const QList<QCborMap> &students, const QString &month);
    // Empty day columns from x to the page's edge, as on the printed form.
    void blankColumns(PaperPage &page, qreal x, qreal y, qreal height) const;
    void rightPages(const Subject &subject, const QList<Column> &spread, const QString &month);

    const QCborMap &m_j;
    PaperDocument &m_doc;
    Lookup m_lookup;
};

qreal JournalBuilder::pageTitle(PaperPage &page, const Subject &subject, const QString &month) const
{
    const qreal w = m_doc.body().width();
    page.text(QRectF(0, 0, w * 0.62, 7), subject.title, PaperFont::Heading);
    page.text(QRectF(w * 0.62, 0, w * 0.38, 7),
              tr("%1 · teacher %2").arg(month, textOf(subject.load, "teacherName")),
              PaperFont::Normal, Qt::AlignRight | Qt::AlignVCenter);
    return kTitleMm;
}

void JournalBuilder::blankColumns(PaperPage &page, qreal x, qreal y, qreal height) const
{
    for (; x + kDayMm <= m_doc.body().width() + 0.01; x += kDayMm)
        page.frame(QRectF(x, y, kDayMm, height), 0.1);
}

void JournalBuilder::leftPage(const Subject &subject, const QList<Column> &spread,
                              const QList<QCborMap> &students, const QString &month)
{
    PaperPage &page = m_doc.addPage();
    qreal y = pageTitle(page, subject, month);
    const qreal x0 = kNumberMm + kNameMm;
    // Head: «No.», «Student», the month over the lessons' days, finals spanning both rows.
    page.frame(QRectF(0, y, kNumberMm, 2 * kHeadRowMm), 0.15);
    page.text(QRectF(0, y, kNumberMm, 2 * kHeadRowMm), tr("No."), PaperFont::Tiny, Qt::AlignCenter);
    page.frame(QRectF(kNumberMm, y, kNameMm, 2 * kHeadRowMm), 0.15);
    page.text(QRectF(kNumberMm + 1, y, kNameMm - 2, kHeadRowMm), tr("Month"), PaperFont::Tiny,
              Qt::AlignRight | Qt::AlignVCenter);
    page.text(QRectF(kNumberMm + 1, y + kHeadRowMm, kNameMm - 2, kHeadRowMm),
              tr("Surname, name / day"), PaperFont::Tiny, Qt::AlignLeft | Qt::AlignVCenter);
    qreal x = x0;
    qreal lessonsWidth = 0;
    for (const Column &c : spread)
        lessonsWidth += c.lesson.isEmpty() ? 0 : kDayMm;
    page.frame(QRectF(x0, y, lessonsWidth, kHeadRowMm), 0.15);
    page.text(QRectF(x0, y, lessonsWidth, kHeadRowMm), month, PaperFont::Small, Qt::AlignCenter);
    for (const Column &c : spread) {
        const bool lesson = !c.lesson.isEmpty();
        const qreal w = lesson ? kDayMm : kFinalMm;
        const QRectF head = lesson ? QRectF(x, y + kHeadRowMm, w, kHeadRowMm) : QRectF(x, y, w, 2 * kHeadRowMm);
        page.frame(head, lesson ? 0.15 : 0.35);
        page.text(head, c.head, lesson ? PaperFont::Small : PaperFont::Tiny, Qt::AlignCenter | Qt::TextWordWrap);
        x += w;
    }
    blankColumns(page, x, y, 2 * kHeadRowMm);
    y += 2 * kHeadRowMm;
    const qint64 subjectId = idOf(subject.load, "subjectId");
    for (const QCborMap &s : students) {
        const qint64 id = s.value(QStringLiteral("id")).toInteger();
        page.frame(QRectF(0, y, kNumberMm, kRowMm), 0.15);
        page.text(QRectF(0, y, kNumberMm, kRowMm), QString::number(s.value(QStringLiteral("number")).toInteger()),
                  PaperFont::Small, Qt::AlignCenter);
        page.frame(QRectF(kNumberMm, y, kNameMm, kRowMm), 0.15);
        page.text(QRectF(kNumberMm + 1, y, kNameMm - 1.5, kRowMm), s.value(QStringLiteral("name")).toString(),
                  PaperFont::Small);
        x = x0;
        for (const Column &c : spread) {
            const bool lesson = !c.lesson.isEmpty();
            const qreal w = lesson ? kDayMm : kFinalMm;
            const QRectF cell(x, y, w, kRowMm);
            page.frame(cell, lesson ? 0.1 : 0.35);
            const QString text = lesson ? m_lookup.cell(idOf(c.lesson, "id"), id)
                                        : m_lookup.final(id, subjectId, c.periodId);
            page.text(cell, text, !lesson ? PaperFont::Bold : text.size() > 2 ? PaperFont::Tiny : PaperFont::Small,
                      Qt::AlignCenter);
            x += w;
        }
        blankColumns(page, x, y, kRowMm);
        y += kRowMm;
    }
}

void JournalBuilder::rightPages(const Subject &subject, const QList<Column> &spread, const QString &month)
{
    const qreal w = m_doc.body().width();
    PaperTable table(m_doc,
                     {{tr("Date"), 13, Qt::AlignHCenter},
                      {tr("What was covered in the lesson"), 86},
                      {tr("Homework"), w - 13 - 86 - 30},
                      {tr("Teacher's signature"), 30}},
                     [&](PaperPage &page, bool) { return pageTitle(page, subject, month); });
    for (const Column &c : spread) {
        if (c.lesson.isEmpty())
            continue;
        QString topic = textOf(c.lesson, "topic");
        if (!textOf(c.lesson, "workType").isEmpty())
            topic = QStringLiteral("%1 (%2)").arg(topic, textOf(c.lesson, "workType"));
        table.addRow({PaperText::shortDate(textOf(c.lesson, "date")), topic,
                      textOf(c.lesson, "homework"), textOf(c.lesson, "teacherName")}, kRowMm);
    }
}

int JournalBuilder::addSubject(const Subject &subject)
{
    const QList<Column> columns = subjectColumns(subject.load, m_j);
    if (columns.isEmpty())
        return -1;
    const int first = m_doc.pages();
    const qreal width = m_doc.body().width() - kNumberMm - kNameMm;
    const int rowsPerPage = int((m_doc.body().height() - kTitleMm - 2 * kHeadRowMm) / kRowMm);
    for (const QList<Column> &spread : spreads(columns, width)) {
        const QString month = monthOf(spread);
        for (qsizetype from = 0; from < subject.students.size() || from == 0; from += rowsPerPage)
            leftPage(subject, spread, subject.students.mid(from, rowsPerPage), month);
        rightPages(subject, spread, month);
    }
    return first;
}

QList<Subject> subjectsOf(const QCborMap &j, const Lookup &l)
{
    QList<Subject> out;
    for (const QCborValue &v : j.value(QStringLiteral("subjects")).toArray()) {
        Subject s;
        s.load = v.toMap();
        s.title = textOf(v, "subjectName");
        if (!textOf(v, "groupName").isEmpty())
            s.title += QStringLiteral(" (%1)").arg(textOf(v, "groupName"));
        for (const QCborValue &id : field(v, "studentIds").toArray())
            if (l.students.contains(id.toInteger()))
                s.students.append(l.students.value(id.toInteger()));
        std::sort(s.students.begin(), s.students.end(), [](const QCborMap &a, const QCborMap &b) {
            return a.value(QStringLiteral("number")).toInteger() < b.value(QStringLiteral("number")).toInteger();
        });
        out.append(s);
    }
    return out;
}

struct Contents
{
    QString name, teacher;
    int first = -1, last = -1;
};

void titlePage(PaperPage &page, const QCborMap &j, const QSizeF &body, const QList<Contents> &contents)
{
    const QCborMap title = j.value(QStringLiteral("title")).toMap();
    const qreal w = body.width();
    page.text(QRectF(0, 8, w, 8), textOf(title, "school"), PaperFont::Heading, Qt::AlignCenter);
    page.text(QRectF(0, 30, w, 14), PaperJournal::tr("CLASS JOURNAL"), PaperFont::Title, Qt::AlignCenter);
    page.text(QRectF(0, 46, w, 8), PaperJournal::tr("of class %1").arg(PaperText::className(textOf(title, "className"))),
              PaperFont::Heading, Qt::AlignCenter);
    page.text(QRectF(0, 56, w, 7), PaperJournal::tr("%1 school year").arg(textOf(title, "yearName")),
              PaperFont::Normal, Qt::AlignCenter);
    QString range = PaperJournal::tr("from %1 to %2").arg(PaperText::date(textOf(j, "from")), PaperText::date(textOf(j, "to")));
    page.text(QRectF(0, 63, w, 6), range, PaperFont::Normal, Qt::AlignCenter);
    page.text(QRectF(0, 72, w, 6), PaperJournal::tr("Class teacher: %1").arg(textOf(title, "classTeacher")),
              PaperFont::Normal, Qt::AlignCenter);
    qreal y = 86;
    page.text(QRectF(0, y, w, 7), PaperJournal::tr("Contents"), PaperFont::Bold, Qt::AlignCenter);
    y += 8;
    const qreal row = 5.2;
    for (const Contents &c : contents) {
        page.text(QRectF(0, y, w * 0.55, row), c.name, PaperFont::Small);
        page.text(QRectF(w * 0.55, y, w * 0.3, row), c.teacher, PaperFont::Small);
        const QString pages = c.first < 0 ? QStringLiteral("—")
            : c.first == c.last ? QString::number(c.first + 1)
                                : QStringLiteral("%1–%2").arg(c.first + 1).arg(c.last + 1);
        page.text(QRectF(w * 0.85, y, w * 0.15, row), pages, PaperFont::Small, Qt::AlignRight | Qt::AlignVCenter);
        page.line(QPointF(0, y + row), QPointF(w, y + row), 0.1);
        y += row;
    }
    page.signature(body.height() - 8, PaperJournal::tr("Deputy director"));
}

FinalsInput finalsInput(const QCborMap &j)
{
    const QCborMap title = j.value(QStringLiteral("title")).toMap();
    FinalsInput in{textOf(title, "className"), textOf(title, "yearName"), textOf(title, "classTeacher"),
                   j.value(QStringLiteral("students")).toArray(), {},
                   j.value(QStringLiteral("periods")).toArray(), j.value(QStringLiteral("finals")).toArray()};
    QList<qint64> seen;
    for (const QCborValue &load : j.value(QStringLiteral("subjects")).toArray())
        if (!seen.contains(idOf(load, "subjectId"))) {
            seen.append(idOf(load, "subjectId"));
            in.subjects.append(QCborMap{{QStringLiteral("id"), idOf(load, "subjectId")},
                                        {QStringLiteral("name"), textOf(load, "subjectName")}});
        }
    return in;
}

} // namespace

PaperDocument PaperJournal::document(const QCborMap &j, const QDate &printDate)
{
    const QCborMap title = j.value(QStringLiteral("title")).toMap();
    PaperDocument doc(QPageLayout::Portrait);
    doc.setSchoolName(textOf(title, "school"));
    doc.setPrintDate(printDate);
    doc.setTitle(tr("Class journal %1, %2").arg(PaperText::className(textOf(title, "className")),
                                                textOf(title, "yearName")));
    PaperPage &cover = doc.addPage();
    JournalBuilder builder(j, doc);
    QList<Contents> contents;
    auto section = [&](const QString &name, const QString &teacher, int first) {
        contents.append({name, teacher, first, first < 0 ? -1 : doc.pages() - 1});
    };
    for (const Subject &s : subjectsOf(j, lookup(j)))
        section(s.title, textOf(s.load, "teacherName"), builder.addSubject(s));
    const QString cls = textOf(title, "className");
    const QCborArray students = j.value(QStringLiteral("students")).toArray();
    section(tr("Summary sheet of progress"), {}, PaperSummary::finalsSheet(doc, finalsInput(j)));
    section(tr("Summary of attendance"), {},
            PaperSummary::attendanceSheet(doc, cls, students, j.value(QStringLiteral("periods")).toArray(),
                                          j.value(QStringLiteral("attendance")).toArray()));
    section(tr("General information about the students"), {}, PaperSummary::studentsList(doc, cls, students));
    section(tr("Remarks on the keeping of the journal"), {}, PaperSummary::remarksPage(doc));
    titlePage(cover, j, doc.body(), contents);
    return doc;
}

QString PaperJournal::fileName(const QCborMap &j)
{
    const QCborMap title = j.value(QStringLiteral("title")).toMap();
    QString year = textOf(title, "yearName");
    year.replace(QLatin1Char('/'), QLatin1Char('-'));
    return tr("Journal %1 %2").arg(textOf(title, "className"), year);
}

} // namespace ejournal::client
