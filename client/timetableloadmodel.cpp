// The unplaced load list.
#include "timetableloadmodel.h"

#include "timetabledocument.h"
#include "timetablegridmodel.h"

#include <QCollator>
#include <QLocale>
#include <QMimeData>

namespace ejournal::client {

TimetableLoadModel::TimetableLoadModel(ServerConnection *connection, QObject *parent)
    : RecordsModel(connection,
                   {{QStringLiteral("subjectName"), tr("Subject")},
                    {QStringLiteral("targetName"), tr("Class / group")},
                    {QStringLiteral("teacherName"), tr("Teacher")},
                    {QStringLiteral("remaining"), tr("Left"),
                     [](const QCborMap &row) {
                         return QLocale().toString(row.value(QLatin1String("remaining")).toDouble(), 'g', 3);
                     },
                     Qt::AlignRight | Qt::AlignVCenter}},
                   parent)
{
}

void TimetableLoadModel::fill(const TimetableDocument &document,
                              const std::function<bool(qint64, qint64)> &accept)
{
    QList<TimetableLoad> loads = document.loads();
    QCollator collator(QLocale(QLocale::Russian));
    collator.setNumericMode(true);
    std::sort(loads.begin(), loads.end(), [&](const TimetableLoad &a, const TimetableLoad &b) {
        if (a.targetName != b.targetName)
            return collator.compare(a.targetName, b.targetName) < 0;
        return collator.compare(a.subjectName, b.subjectName) < 0;
    });
    QCborArray rows;
    for (const TimetableLoad &load : std::as_const(loads)) {
        const double remaining = load.hoursPerWeek - document.placed(load.assignmentId);
        if (remaining <= 0 || !accept(load.staffId, load.classId))
            continue;
        rows.append(QCborMap{{QStringLiteral("assignmentId"), load.assignmentId},
                             {QStringLiteral("subjectName"), load.subjectName},
                             {QStringLiteral("targetName"), load.targetName},
                             {QStringLiteral("teacherName"), load.teacherName},
                             {QStringLiteral("remaining"), remaining}});
    }
    setRows(rows);
}

Qt::ItemFlags TimetableLoadModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? RecordsModel::flags(index) | Qt::ItemIsDragEnabled : Qt::NoItemFlags;
}

QStringList TimetableLoadModel::mimeTypes() const
{
    return {TimetableGridModel::kLoadMime};
}

QMimeData *TimetableLoadModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(TimetableGridModel::kLoadMime,
                  QByteArray::number(record(indexes.first().row())
                                         .value(QLatin1String("assignmentId")).toInteger()));
    return data;
}

Qt::DropActions TimetableLoadModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace ejournal::client
