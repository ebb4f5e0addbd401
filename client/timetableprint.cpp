// Printable timetables.
#include "timetableprint.h"

#include "timetablegridmodel.h"
#include "timetabletext.h"

#include <QDate>

namespace ejournal::client {

PrintDocument TimetablePrint::document(const QString &title, const QString &school)
{
    PrintDocument doc;
    doc.setTitle(title);
    doc.setSchoolName(school);
    doc.setOrientation(QPageLayout::Landscape);
    return doc;
}

void TimetablePrint::addPage(PrintDocument &document, const TimetableGridModel &model,
                             const QString &whom, const QCborMap &version)
{
    const QDate from = QDate::fromString(version.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    const int rows = model.rowCount();
    // The table fills the page: taller rows when there are fewer lessons.
    const int padding = rows > 0 ? qBound(2, 110 / rows, 16) : 6;
    const QString rowStyle = QStringLiteral("padding-top:%1px; padding-bottom:%1px").arg(padding);
    QString html = QStringLiteral("<div style=\"font-size:16pt; font-weight:bold\">%1</div>"
                                  "<div style=\"font-size:10pt; color:#444444; margin-bottom:8pt\">%2</div>")
                       .arg(tr("Timetable: %1").arg(whom).toHtmlEscaped(),
                            tr("In force from %1 (version «%2»)")
                                .arg(from.toString(QStringLiteral("dd.MM.yyyy")),
                                     version.value(QLatin1String("name")).toString())
                                .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse:collapse; border-color:#777777\">");
    html += QStringLiteral("<tr><th width=\"10%\" bgcolor=\"#e8e8e8\">%1</th>").arg(tr("Lesson").toHtmlEscaped());
    for (int day = 1; day <= TimetableGridModel::kWeekdays; ++day)
        html += QStringLiteral("<th width=\"15%\" bgcolor=\"#e8e8e8\">%1</th>")
                    .arg(TimetableText::weekday(day).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < rows; ++row) {
        const int lessonNo = model.lessonOf(model.index(row, 0));
        html += QStringLiteral("<tr><td align=\"center\" valign=\"middle\" style=\"%3\"><b>%1</b><br>"
                               "<span style=\"font-size:8pt\">%2</span></td>")
                    .arg(lessonNo).arg(model.bellTime(lessonNo).toHtmlEscaped(), rowStyle);
        for (int column = 0; column < TimetableGridModel::kWeekdays; ++column) {
            QStringList parts;
            for (const QVariant &value : model.data(model.index(row, column),
                                                    TimetableGridModel::CellRole).toList()) {
                const QVariantMap entry = value.toMap();
                const QString parity = TimetableText::parityShort(entry.value(QStringLiteral("parity")).toInt());
                parts.append(QStringLiteral("%1<b>%2</b><br><span style=\"font-size:8pt\">%3</span>")
                                 .arg(parity.isEmpty() ? QString()
                                                       : QStringLiteral("<i>%1:</i> ").arg(parity.toHtmlEscaped()),
                                      entry.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                                      entry.value(QStringLiteral("detail")).toString().toHtmlEscaped()));
            }
            html += QStringLiteral("<td valign=\"top\" style=\"%2\">%1</td>")
                        .arg(parts.join(QStringLiteral("<hr>")), rowStyle);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    document.addBlock(html);
}

} // namespace ejournal::client
