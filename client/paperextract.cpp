// Composing a guardian's extract.
#include "paperextract.h"

#include "papersummary.h"
#include "papertable.h"
#include "papertext.h"

#include <QLocale>

namespace ejournal::client {

namespace {

QString marksText(const QCborArray &marks)
{
    QStringList parts;
    QString day;
    for (const QCborValue &m : marks) {
        const QString d = PaperText::shortDate(textOf(m, "date"));
        QString value = PaperText::markValue(textOf(m, "value"));
        if (!textOf(m, "workType").isEmpty())
            value += QStringLiteral(" (%1)").arg(textOf(m, "workType"));
        if (d == day)
            parts.last() += QStringLiteral(", ") + value;
        else
            parts.append(QStringLiteral("%1: %2").arg(d, value));
        day = d;
    }
    return parts.join(QStringLiteral("; "));
}

QString missedText(const QCborValue &row)
{
    QStringList parts;
    for (const char *code : {"absent", "sick", "excused", "late"}) {
        const qint64 n = field(row, code).toInteger();
        if (n)
            parts.append(QStringLiteral("%1 %2").arg(PaperText::attendance(QLatin1String(code))).arg(n));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

PaperDocument PaperExtract::document(const QCborMap &e, const QDate &printDate)
{
    PaperDocument doc(QPageLayout::Portrait);
    doc.setSchoolName(textOf(e, "school"));
    doc.setPrintDate(printDate);
    doc.setTitle(tr("Extract from the class journal: %1").arg(textOf(e, "fullName")));
    const qreal w = doc.body().width();
    const QString range = tr("from %1 to %2").arg(PaperText::date(textOf(e, "from")), PaperText::date(textOf(e, "to")));
    const QString who = textOf(e, "className").isEmpty()
        ? textOf(e, "fullName")
        : tr("%1, class %2").arg(textOf(e, "fullName"), PaperText::className(textOf(e, "className")));
    auto heading = [&](PaperPage &page, bool continued) {
        qreal y = PaperSummary::heading(page, w, tr("Extract from the class journal"), continued);
        page.text(QRectF(0, y, w, 6), tr("Student: %1").arg(who), PaperFont::Bold);
        page.text(QRectF(0, y + 6, w, 6), tr("Marks and attendance %1").arg(range), PaperFont::Normal);
        return y + 14;
    };
    PaperTable marks(doc,
                     {{tr("Subject"), 38}, {tr("Teacher"), 28}, {tr("Marks"), w - 38 - 28 - 16 - 30},
                      {tr("Average"), 16, Qt::AlignHCenter}, {tr("Missed lessons"), 30}},
                     heading, PaperFont::Small);
    QLocale locale;
    for (const QCborValue &s : field(e, "subjects").toArray()) {
        const QCborValue average = field(s, "average");
        marks.addRow({textOf(s, "subjectName"), textOf(s, "teacherName"),
                      marksText(field(s, "marks").toArray()),
                      average.isDouble() ? locale.toString(average.toDouble(), 'f', 2) : QString(),
                      missedText(s)}, 6);
    }
    if (field(e, "subjects").toArray().isEmpty())
        marks.addRow({tr("No lessons in this period"), {}, {}, {}, {}});
    const QCborArray homework = field(e, "homework").toArray();
    const QString hwTitle = tr("Homework for the coming week");
    PaperTable week(doc, {{tr("Due"), 18, Qt::AlignHCenter}, {tr("Subject"), 40}, {tr("Task"), w - 58}},
                    [&](PaperPage &page, bool continued) {
                        return PaperSummary::heading(page, w, hwTitle, continued);
                    });
    PaperPage &page = marks.currentPage();
    const qreal y = marks.bottom() + 6;
    const bool fits = doc.body().height() - y > 30;
    if (fits)
        page.text(QRectF(0, y, w, 7), hwTitle, PaperFont::Heading, Qt::AlignHCenter | Qt::AlignVCenter);
    week.startBelow(page, y + 8, fits ? 22 : 1e9);
    for (const QCborValue &h : homework)
        week.addRow({PaperText::shortDate(textOf(h, "due")), textOf(h, "subjectName"), textOf(h, "homework")});
    if (homework.isEmpty())
        week.addRow({{}, tr("No homework entered yet"), {}});
    week.ensureSpace(30);
    PaperPage &last = week.currentPage();
    last.signature(week.bottom() + 6, tr("Class teacher"), textOf(e, "classTeacher"));
    last.signature(week.bottom() + 14, tr("Read by the parent (legal representative)"));
    last.text(QRectF(0, week.bottom() + 22, w, 6), tr("Date: «____» ______________ 20___"), PaperFont::Normal);
    return doc;
}

QString PaperExtract::fileName(const QCborMap &e)
{
    return tr("Extract %1 %2").arg(textOf(e, "fullName"), textOf(e, "to"));
}

} // namespace ejournal::client
