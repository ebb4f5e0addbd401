// The printed changes sheet.
#include "changessheet.h"

#include "changestext.h"

#include <QFont>
#include <QLocale>

namespace ejournal::client {

namespace {
QString cell(const QString &text, const QString &style = {})
{
    return QStringLiteral("<td valign=\"top\" style=\"padding:3pt; %2\">%1</td>")
        .arg(text.toHtmlEscaped(), style);
}

QString rowHtml(const QCborMap &change)
{
    const QString reason = change.value(QLatin1String("reason")).toString();
    QString details = ChangesText::changeDetails(change).toHtmlEscaped();
    const QString room = change.value(QLatin1String("roomName")).toString();
    if (!room.isEmpty() && change.value(QLatin1String("kind")).toString() != QLatin1String("move"))
        details += QStringLiteral("<br>") + ChangesSheet::tr("Room %1").arg(room).toHtmlEscaped();
    if (!reason.isEmpty())
        details += QStringLiteral("<br><span style=\"font-size:10pt; color:#555555\">%1</span>")
                       .arg(reason.toHtmlEscaped());
    return QStringLiteral("<tr>%1%2%3<td valign=\"top\" style=\"padding:3pt\">%4</td></tr>")
        .arg(cell(change.value(QLatin1String("class")).toString(), QStringLiteral("font-weight:bold")),
             cell(change.value(QLatin1String("subject")).toString()),
             cell(ChangesText::kindName(change.value(QLatin1String("kind")).toString()),
                  QStringLiteral("font-weight:bold")),
             details);
}

QString blockHtml(qint64 lessonNo, const QString &rows)
{
    return QStringLiteral("<div style=\"font-size:16pt; font-weight:bold; margin-bottom:2pt\">%1</div>"
                          "<table width=\"100%\" cellspacing=\"0\" border=\"1\""
                          " style=\"border-color:#999999; border-style:solid\">"
                          "<tr style=\"background:#eeeeee\">%2%3%4%5</tr>%6</table>")
        .arg(ChangesSheet::tr("Lesson %1").arg(lessonNo).toHtmlEscaped(),
             cell(ChangesSheet::tr("Class"), QStringLiteral("width:12%")),
             cell(ChangesSheet::tr("Subject"), QStringLiteral("width:24%")),
             cell(ChangesSheet::tr("Change"), QStringLiteral("width:18%")),
             cell(ChangesSheet::tr("What changes")), rows);
}
} // namespace

PrintDocument ChangesSheet::document(const QDate &date, const QCborArray &changes,
                                     const QString &school)
{
    PrintDocument doc;
    doc.setTitle(tr("Timetable changes: %1")
                     .arg(QLocale().toString(date, QStringLiteral("dddd, d MMMM yyyy"))));
    doc.setSchoolName(school);
    doc.setOrientation(QPageLayout::Portrait);
    doc.setBaseFont(QFont(QStringLiteral("DejaVu Sans"), 13));
    if (changes.isEmpty()) {
        doc.addBlock(QStringLiteral("<p style=\"font-size:16pt\">%1</p>")
                         .arg(tr("There are no changes on this day.").toHtmlEscaped()));
        return doc;
    }
    qint64 lessonNo = -1;
    QString rows;
    for (const QCborValue &value : changes) {
        const QCborMap change = value.toMap();
        const qint64 no = change.value(QLatin1String("lessonNo")).toInteger();
        if (no != lessonNo && !rows.isEmpty()) {
            doc.addBlock(blockHtml(lessonNo, rows));
            rows.clear();
        }
        lessonNo = no;
        rows += rowHtml(change);
    }
    doc.addBlock(blockHtml(lessonNo, rows));
    return doc;
}

QString ChangesSheet::fileName(const QDate &date)
{
    return QStringLiteral("changes-%1.pdf").arg(date.toString(Qt::ISODate));
}

} // namespace ejournal::client
