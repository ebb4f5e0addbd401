// Summary sheets of the paper journal: finals, attendance, students, remarks.
#include "papersummary.h"

#include "papertable.h"
#include "papertext.h"

#include <QHash>

namespace ejournal::client {

namespace {
constexpr qreal kNumberMm = 7;
constexpr qreal kNameMm = 40;
constexpr qreal kFinalsLineMm = 4.4;
constexpr qreal kSheetHeadMm = 34;  // the turned subject names

QString valueKey(qint64 student, qint64 subject, qint64 period)
{
    return QStringLiteral("%1/%2/%3").arg(student).arg(subject).arg(period);
}

// Draws the head of a grid whose columns after the first ones carry turned names.
void turnedHead(PaperPage &page, qreal y, qreal x, qreal columnWidth, const QStringList &names,
                qreal height, PaperFont font)
{
    for (const QString &name : names) {
        const QRectF cell(x, y, columnWidth, height);
        page.frame(cell, 0.15);
        page.verticalText(cell.adjusted(0.3, 0, -0.3, 0), name, font);
        x += columnWidth;
    }
}
} // namespace

qreal PaperSummary::heading(PaperPage &page, qreal width, const QString &text, bool continued)
{
    const QString line = continued ? tr("%1 (continued)").arg(text) : text;
    const qreal h = PaperDocument::wrappedHeight(line, PaperFont::Heading, width);
    page.text(QRectF(0, 0, width, h), line, PaperFont::Heading,
              Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
    return h + 3;
}

PaperDocument PaperSummary::sheetDocument(const QCborMap &answer, const QDate &printDate)
{
    PaperDocument doc(QPageLayout::Landscape);
    doc.setSchoolName(textOf(answer, "school"));
    doc.setPrintDate(printDate);
    doc.setTitle(tr("Summary sheet of progress, %1").arg(textOf(answer, "yearName")));
    for (const QCborValue &c : field(answer, "classes").toArray()) {
        const QCborValue title = field(c, "title");
        finalsSheet(doc, {textOf(title, "className"), textOf(title, "yearName"),
                          textOf(title, "classTeacher"), field(c, "students").toArray(),
                          field(c, "subjects").toArray(), field(c, "periods").toArray(),
                          field(c, "finals").toArray()});
    }
    return doc;
}

QString PaperSummary::sheetFileName(const QCborMap &answer)
{
    QString year = textOf(answer, "yearName");
    year.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QCborArray classes = field(answer, "classes").toArray();
    const QString which = idOf(answer, "grade") > 0
        ? tr("grade %1").arg(idOf(answer, "grade"))
        : classes.isEmpty() ? QString() : textOf(field(classes.at(0), "title"), "className");
    return tr("Summary sheet %1 %2").arg(which, year);
}

int PaperSummary::finalsSheet(PaperDocument &document, const FinalsInput &in)
{
    const QSizeF body = document.body();
    QHash<QString, QString> values;
    for (const QCborValue &f : in.finals)
        values.insert(valueKey(idOf(f, "studentId"), idOf(f, "subjectId"), field(f, "periodId").toInteger(0)),
                      PaperText::markValue(textOf(f, "value")));
    QStringList lineNames;
    QList<qint64> lineIds;
    for (const QCborValue &p : in.periods) {
        lineNames.append(PaperText::periodHead(p.toMap()));
        lineIds.append(idOf(p, "id"));
    }
    lineNames.append(PaperText::yearHead());
    lineIds.append(0);
    QStringList subjectNames;
    for (const QCborValue &s : in.subjects)
        subjectNames.append(textOf(s, "name"));
    const qreal labelMm = 10;
    const qreal fixed = kNumberMm + kNameMm + labelMm;
    const qreal decisionMm = 28;  // «переведён в … класс», the teachers' council's decision
    const qreal cw = qMin<qreal>(12, (body.width() - fixed - decisionMm) / qMax<qsizetype>(1, in.subjects.size()));
    const qreal decisionX = fixed + cw * in.subjects.size();
    const QString title = tr("Summary sheet of progress of class %1, %2 school year")
                              .arg(PaperText::className(in.className), in.yearName);
    const qreal block = kFinalsLineMm * lineNames.size();
    int first = -1;
    PaperPage *page = nullptr;
    qreal y = 0;
    auto newPage = [&] {
        page = &document.addPage();
        first = first < 0 ? document.pages() - 1 : first;
        y = heading(*page, body.width(), title, first != document.pages() - 1);
        page->frame(QRectF(0, y, kNumberMm, kSheetHeadMm), 0.15);
        page->text(QRectF(0, y, kNumberMm, kSheetHeadMm), tr("No."), PaperFont::Tiny, Qt::AlignCenter);
        page->frame(QRectF(kNumberMm, y, kNameMm, kSheetHeadMm), 0.15);
        page->text(QRectF(kNumberMm, y, kNameMm, kSheetHeadMm), tr("Student"), PaperFont::Small, Qt::AlignCenter);
        page->frame(QRectF(kNumberMm + kNameMm, y, labelMm, kSheetHeadMm), 0.15);
        page->verticalText(QRectF(kNumberMm + kNameMm, y, labelMm, kSheetHeadMm), tr("Period"), PaperFont::Tiny);
        turnedHead(*page, y, fixed, cw, subjectNames, kSheetHeadMm, cw >= 7 ? PaperFont::Small : PaperFont::Tiny);
        page->frame(QRectF(decisionX, y, decisionMm, kSheetHeadMm), 0.15);
        page->text(QRectF(decisionX + 1, y, decisionMm - 2, kSheetHeadMm),
                   tr("Decision of the teachers' council (promoted, retained, graduated)"), PaperFont::Tiny,
                   Qt::AlignCenter | Qt::TextWordWrap);
        y += kSheetHeadMm;
    };
    const qreal reserve = 20;  // the signature lines under the last block
    for (qsizetype i = 0; i < in.students.size(); ++i) {
        const QCborValue s = in.students.at(i);
        const bool last = i == in.students.size() - 1;
        if (!page || y + block + (last ? reserve : 0) > body.height())
            newPage();
        page->frame(QRectF(0, y, kNumberMm, block), 0.15);
        page->text(QRectF(0, y, kNumberMm, kFinalsLineMm), QString::number(idOf(s, "number")),
                   PaperFont::Small, Qt::AlignCenter);
        page->frame(QRectF(kNumberMm, y, kNameMm, block), 0.15);
        page->text(QRectF(kNumberMm + 1, y, kNameMm - 2, block), textOf(s, "name"), PaperFont::Small,
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
        for (int l = 0; l < lineNames.size(); ++l) {
            const qreal ly = y + l * kFinalsLineMm;
            page->frame(QRectF(kNumberMm + kNameMm, ly, labelMm, kFinalsLineMm), 0.1);
            page->text(QRectF(kNumberMm + kNameMm, ly, labelMm, kFinalsLineMm), lineNames.at(l),
                       PaperFont::Tiny, Qt::AlignCenter);
            for (qsizetype c = 0; c < in.subjects.size(); ++c) {
                const QRectF cell(fixed + c * cw, ly, cw, kFinalsLineMm);
                page->frame(cell, 0.1);
                page->text(cell, values.value(valueKey(idOf(s, "id"), idOf(in.subjects.at(c), "id"),
                                                       lineIds.at(l))),
                           l == lineNames.size() - 1 ? PaperFont::Bold : PaperFont::Small, Qt::AlignCenter);
            }
        }
        page->frame(QRectF(decisionX, y, decisionMm, block), 0.15);
        page->frame(QRectF(0, y, decisionX + decisionMm, block), 0.35);
        y += block;
    }
    if (!page)
        newPage();
    page->signature(y + 4, tr("Class teacher"), in.classTeacher);
    page->signature(y + 12, tr("Deputy director"));
    return first;
}

int PaperSummary::attendanceSheet(PaperDocument &document, const QString &className,
                                  const QCborArray &students, const QCborArray &periods,
                                  const QCborArray &attendance)
{
    QHash<QString, QCborMap> rows;  // "student/period" → counts
    for (const QCborValue &a : attendance)
        rows.insert(QStringLiteral("%1/%2").arg(idOf(a, "studentId")).arg(field(a, "periodId").toInteger(0)),
                    a.toMap());
    QList<qint64> groupIds;
    QStringList groupNames;
    for (const QCborValue &p : periods) {
        groupIds.append(idOf(p, "id"));
        groupNames.append(PaperText::periodHead(p.toMap()));
    }
    groupIds.append(0);
    groupNames.append(tr("Total"));
    const char *const keys[] = {"daysMissed", "daysIll", "lessonsMissed", "lessonsIll"};
    const QStringList subheads{tr("days missed"), tr("of them for illness"), tr("lessons missed"),
                               tr("of them for illness")};
    const qreal width = document.body().width();
    const qreal cw = (width - kNumberMm - kNameMm) / (4 * groupIds.size());
    QList<PaperColumn> columns{{tr("No."), kNumberMm, Qt::AlignHCenter}, {tr("Student"), kNameMm}};
    for (const QString &group : groupNames)
        for (const QString &sub : subheads)
            columns.append({group + QStringLiteral(" — ") + sub, cw, Qt::AlignHCenter, true});
    const QString title = tr("Summary of attendance of class %1").arg(PaperText::className(className));
    PaperTable table(document, columns, [&](PaperPage &page, bool continued) {
        return heading(page, width, title, continued);
    }, PaperFont::Small);
    for (const QCborValue &s : students) {
        QStringList cells{QString::number(idOf(s, "number")), textOf(s, "name")};
        for (qint64 group : groupIds) {
            const QCborMap counts = rows.value(QStringLiteral("%1/%2").arg(idOf(s, "id")).arg(group));
            for (const char *key : keys) {
                const qint64 n = counts.value(QLatin1String(key)).toInteger(0);
                cells.append(n ? QString::number(n) : QString());
            }
        }
        table.addRow(cells);
    }
    return table.firstPage() < 0 ? document.pages() : table.firstPage();
}

int PaperSummary::studentsList(PaperDocument &document, const QString &className,
                               const QCborArray &students)
{
    const qreal width = document.body().width();
    const QString title = tr("General information about the students of class %1")
                              .arg(PaperText::className(className));
    PaperTable table(document,
                     {{tr("No."), kNumberMm, Qt::AlignHCenter},
                      {tr("Surname, name, patronymic"), 46},
                      {tr("Date of birth"), 20, Qt::AlignHCenter},
                      {tr("Parents (legal representatives), contacts"), width - 7 - 46 - 20 - 42},
                      {tr("Admission, withdrawal (orders)"), 42}},
                     [&](PaperPage &page, bool continued) { return heading(page, width, title, continued); });
    for (const QCborValue &s : students) {
        QStringList guardians, orders;
        for (const QCborValue &g : field(s, "guardians").toArray()) {
            // A phone number is never broken across lines.
            QStringList contact{textOf(g, "phone").replace(QLatin1Char(' '), QChar::Nbsp), textOf(g, "email")};
            contact.removeAll(QString());
            guardians.append(QStringLiteral("%1: %2%3").arg(PaperText::relation(textOf(g, "relation")),
                                                            textOf(g, "name"),
                                                            contact.isEmpty() ? QString()
                                                                              : QStringLiteral(", ") + contact.join(QStringLiteral(", "))));
        }
        for (const QCborValue &o : field(s, "orders").toArray())
            orders.append(PaperText::order(o.toMap()));
        table.addRow({QString::number(idOf(s, "number")), textOf(s, "fullName"),
                      PaperText::date(textOf(s, "birthDate")), guardians.join(QLatin1Char('\n')),
                      orders.join(QLatin1Char('\n'))});
    }
    return table.firstPage() < 0 ? document.pages() : table.firstPage();
}

int PaperSummary::remarksPage(PaperDocument &document)
{
    const qreal width = document.body().width();
    PaperTable table(document,
                     {{tr("Date"), 22, Qt::AlignHCenter},
                      {tr("Remarks and proposals of the inspector"), width - 22 - 40 - 40},
                      {tr("Inspector's signature"), 40},
                      {tr("Note of fulfilment"), 40}},
                     [&](PaperPage &page, bool) {
                         return heading(page, width, tr("Remarks on the keeping of the journal"), false);
                     });
    for (int i = 0; i < 14; ++i)
        table.addRow({}, 14);
    return table.firstPage();
}

} // namespace ejournal::client
