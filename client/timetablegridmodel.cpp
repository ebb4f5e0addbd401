// The timetable grid model.
#include "timetablegridmodel.h"

#include "timetabledocument.h"
#include "timetabletext.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QMimeData>

#include <algorithm>

namespace ejournal::client {

const QString TimetableGridModel::kLoadMime = QStringLiteral("application/x-ejournal-timetable-load");
const QString TimetableGridModel::kCellMime = QStringLiteral("application/x-ejournal-timetable-cell");

namespace {
int severityRank(const QString &severity)
{
    if (severity == QLatin1String("error"))
        return 2;
    return severity == QLatin1String("warning") ? 1 : 0;
}
} // namespace

TimetableGridModel::TimetableGridModel(TimetableDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_rows = computeRows();
    connect(document, &TimetableDocument::entriesChanged, this, &TimetableGridModel::refresh);
    connect(document, &TimetableDocument::conflictsChanged, this, &TimetableGridModel::refresh);
}

void TimetableGridModel::setView(View view, qint64 id)
{
    beginResetModel();
    m_view = view;
    m_viewId = id;
    m_forbidden.clear();
    m_forbiddenMode = false;
    m_rows = computeRows();
    endResetModel();
}

void TimetableGridModel::setBells(const QMap<int, QMap<int, QString>> &bellsByShift)
{
    beginResetModel();
    m_bells = bellsByShift;
    m_rows = computeRows();
    endResetModel();
}

void TimetableGridModel::setClasses(const QHash<qint64, int> &shifts, const QHash<qint64, qint64> &rooms)
{
    m_classShifts = shifts;
    m_classRooms = rooms;
    refresh();
}

void TimetableGridModel::setForbidden(const QSet<QPair<int, int>> &cells)
{
    m_forbidden = cells;
    refresh();
}

void TimetableGridModel::setForbiddenMode(bool on)
{
    m_forbiddenMode = on;
    refresh();
}

void TimetableGridModel::setCut(const QList<qint64> &ids)
{
    m_cut = ids;
    refresh();
}

QList<int> TimetableGridModel::computeRows() const
{
    QSet<int> lessons;
    if (m_view == View::Class && m_bells.contains(m_classShifts.value(m_viewId, 1))) {
        const auto bells = m_bells.value(m_classShifts.value(m_viewId, 1));
        for (auto it = bells.begin(); it != bells.end(); ++it)
            lessons.insert(it.key());
    } else {
        for (const auto &shift : m_bells)
            for (auto it = shift.begin(); it != shift.end(); ++it)
                lessons.insert(it.key());
    }
    if (lessons.isEmpty())
        for (int n = 1; n <= 7; ++n)
            lessons.insert(n);
    for (const TimetableEntry &e : m_document->entries())
        if (shows(e))
            lessons.insert(e.lessonNo);
    QList<int> rows(lessons.begin(), lessons.end());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TimetableGridModel::refresh()
{
    const QList<int> rows = computeRows();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, kWeekdays - 1));
}

bool TimetableGridModel::shows(const TimetableEntry &entry) const
{
    switch (m_view) {
    case View::Class:
        return m_document->loadOf(entry.assignmentId).classId == m_viewId;
    case View::Teacher:
        return m_document->loadOf(entry.assignmentId).staffId == m_viewId;
    case View::Room:
        return entry.roomId == m_viewId;
    }
    return false;
}

int TimetableGridModel::lessonOf(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : -1;
}

QModelIndex TimetableGridModel::cellAt(int weekday, int lessonNo) const
{
    const qsizetype row = m_rows.indexOf(lessonNo);
    return row < 0 || weekday < 1 || weekday > kWeekdays ? QModelIndex() : index(int(row), weekday - 1);
}

QList<qint64> TimetableGridModel::entriesOf(const QModelIndex &index) const
{
    QList<qint64> ids;
    if (!index.isValid())
        return ids;
    const int weekday = weekdayOf(index);
    const int lessonNo = lessonOf(index);
    for (const TimetableEntry &e : m_document->entries())
        if (e.weekday == weekday && e.lessonNo == lessonNo && shows(e))
            ids.append(e.id);
    return ids;
}

QString TimetableGridModel::bellTime(int lessonNo) const
{
    const int shift = m_view == View::Class ? m_classShifts.value(m_viewId, 1) : 1;
    QString time = m_bells.value(shift).value(lessonNo);
    for (auto it = m_bells.begin(); time.isEmpty() && it != m_bells.end(); ++it)
        time = it.value().value(lessonNo);
    return time;
}

int TimetableGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimetableGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kWeekdays;
}

QString TimetableGridModel::conflictOf(const QModelIndex &index, QStringList *reasons) const
{
    const QList<qint64> ids = entriesOf(index);
    QString worst;
    for (const TimetableConflict &c : m_document->conflicts()) {
        if (c.severity == QLatin1String("info"))
            continue;
        bool here = false;
        for (qint64 id : c.entryIds)
            here = here || ids.contains(id);
        if (!here)
            continue;
        if (reasons)
            reasons->append(TimetableText::reason(c));
        if (severityRank(c.severity) > severityRank(worst))
            worst = c.severity;
    }
    return worst;
}

QString TimetableGridModel::cellText(const QModelIndex &index) const
{
    QStringList parts;
    const QVariantList cell = data(index, CellRole).toList();
    for (const QVariant &value : cell) {
        const QVariantMap m = value.toMap();
        parts.append(m.value(QStringLiteral("title")).toString() + QLatin1Char('\n')
                     + m.value(QStringLiteral("detail")).toString());
    }
    return parts.join(QLatin1Char('\n'));
}

QString TimetableGridModel::toolTip(const QModelIndex &index) const
{
    QStringList lines;
    for (qint64 id : entriesOf(index)) {
        const TimetableEntry *e = m_document->entry(id);
        const TimetableLoad load = m_document->loadOf(e->assignmentId);
        QString line = tr("%1 — %2, %3").arg(load.subjectName, load.targetName, load.teacherName);
        const QString room = m_document->roomName(e->roomId);
        line += room.isEmpty() ? tr(", no room") : tr(", room %1").arg(room);
        if (e->weekParity != 0)
            line += QStringLiteral(" (%1)").arg(TimetableText::parity(e->weekParity).toLower());
        if (e->changed)
            line += tr(" — not saved");
        lines.append(line.toHtmlEscaped());
    }
    QStringList reasons;
    conflictOf(index, &reasons);
    for (const QString &reason : std::as_const(reasons))
        lines.append(QStringLiteral("<span style=\"color:#b00020\">⚠ %1</span>").arg(reason.toHtmlEscaped()));
    if (m_view == View::Teacher && m_forbidden.contains({weekdayOf(index), lessonOf(index)}))
        lines.append(tr("The teacher cannot teach at this time.").toHtmlEscaped());
    return lines.isEmpty() ? QString() : lines.join(QStringLiteral("<br>"));
}

QVariant TimetableGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index);
    case Qt::ToolTipRole:
        return toolTip(index);
    case EntryIdsRole:
        return QVariant::fromValue(entriesOf(index));
    case ConflictRole:
        return conflictOf(index, nullptr);
    case ForbiddenRole:
        return m_view == View::Teacher && m_forbidden.contains({weekdayOf(index), lessonOf(index)});
    case CellRole: {
        QVariantList cell;
        for (qint64 id : entriesOf(index)) {
            const TimetableEntry *e = m_document->entry(id);
            const TimetableLoad load = m_document->loadOf(e->assignmentId);
            const QString room = m_document->roomName(e->roomId);
            QString title = load.subjectName;
            QStringList detail;
            switch (m_view) {
            case View::Class:
                if (load.groupId != 0)
                    detail << load.targetName;
                detail << load.teacherName;
                break;
            case View::Teacher:
                detail << load.targetName;
                break;
            case View::Room:
                detail << load.targetName << load.teacherName;
                break;
            }
            if (m_view != View::Room && !room.isEmpty())
                detail << tr("room %1").arg(room);
            cell.append(QVariantMap{{QStringLiteral("title"), title},
                                    {QStringLiteral("short"), load.subjectShort},
                                    {QStringLiteral("detail"), detail.join(QStringLiteral(" · "))},
                                    {QStringLiteral("parity"), e->weekParity},
                                    {QStringLiteral("changed"), e->changed},
                                    {QStringLiteral("cut"), m_cut.contains(id)}});
        }
        return cell;
    }
    case Qt::AccessibleTextRole:
        return cellText(index);
    }
    return {};
}

QVariant TimetableGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return role == Qt::DisplayRole ? TimetableText::weekday(section + 1) : QVariant();
    if (section < 0 || section >= m_rows.size())
        return {};
    const int lessonNo = m_rows.at(section);
    const QString time = bellTime(lessonNo);
    return time.isEmpty() ? QString::number(lessonNo) : QStringLiteral("%1\n%2").arg(lessonNo).arg(time);
}

Qt::ItemFlags TimetableGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_document->canEdit() && !m_forbiddenMode) {
        flags |= Qt::ItemIsDropEnabled;
        if (!entriesOf(index).isEmpty())
            flags |= Qt::ItemIsDragEnabled;
    }
    return flags;
}

QStringList TimetableGridModel::mimeTypes() const
{
    return {kLoadMime, kCellMime};
}

QMimeData *TimetableGridModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QCborArray ids;
    for (qint64 id : entriesOf(indexes.first()))
        ids.append(id);
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kCellMime, QCborValue(QCborMap{{QStringLiteral("entries"), ids}}).toCbor());
    return data;
}

Qt::DropActions TimetableGridModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions TimetableGridModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool TimetableGridModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!data || action == Qt::IgnoreAction || !m_document->canEdit() || m_forbiddenMode)
        return false;
    const QModelIndex cell = parent.isValid() ? parent : index(row, column);
    if (!cell.isValid())
        return false;
    if (data->hasFormat(kLoadMime))
        return placeLoad(QString::fromLatin1(data->data(kLoadMime)).toLongLong(), cell);
    if (data->hasFormat(kCellMime)) {
        QList<qint64> ids;
        const QCborMap map = QCborValue::fromCbor(data->data(kCellMime)).toMap();
        for (const QCborValue &id : map.value(QLatin1String("entries")).toArray())
            ids.append(id.toInteger());
        return moveEntries(ids, cell);
    }
    return false;
}

qint64 TimetableGridModel::defaultRoom(qint64 assignmentId, int weekday, int lessonNo) const
{
    if (m_view == View::Room)
        return m_viewId;
    const qint64 room = m_classRooms.value(m_document->loadOf(assignmentId).classId);
    if (room == 0)
        return 0;
    for (qint64 id : m_document->entriesAt(weekday, lessonNo))
        if (m_document->entry(id)->roomId == room)
            return 0;
    return room;
}

bool TimetableGridModel::placeLoad(qint64 assignmentId, const QModelIndex &cell)
{
    if (!cell.isValid() || assignmentId == 0 || !m_document->canEdit())
        return false;
    const TimetableLoad load = m_document->loadOf(assignmentId);
    const int weekday = weekdayOf(cell);
    const int lessonNo = lessonOf(cell);
    // Half an hour left: an odd-week lesson (an even-week one when the odd one is placed).
    int parity = 0;
    if (load.hoursPerWeek - m_document->placed(assignmentId) == 0.5) {
        parity = 1;
        for (const TimetableEntry &e : m_document->entries())
            if (e.assignmentId == assignmentId && e.weekParity == 1)
                parity = 2;
    }
    m_document->add(assignmentId, weekday, lessonNo, defaultRoom(assignmentId, weekday, lessonNo),
                    parity);
    return true;
}

bool TimetableGridModel::moveEntries(const QList<qint64> &ids, const QModelIndex &cell)
{
    if (ids.isEmpty() || !cell.isValid() || !m_document->canEdit())
        return false;
    const TimetableEntry *first = m_document->entry(ids.first());
    if (!first)
        return false;
    const int weekday = weekdayOf(cell);
    const int lessonNo = lessonOf(cell);
    if (first->weekday == weekday && first->lessonNo == lessonNo)
        return false;
    const QList<qint64> others = entriesOf(cell);
    if (others.isEmpty())
        m_document->move(ids, weekday, lessonNo);
    else
        m_document->swap(ids, others, weekday, lessonNo);
    return true;
}

bool TimetableGridModel::removeCell(const QModelIndex &cell)
{
    const QList<qint64> ids = entriesOf(cell);
    if (ids.isEmpty() || !m_document->canEdit())
        return false;
    m_document->remove(ids);
    return true;
}

void TimetableGridModel::toggleForbidden(const QModelIndex &cell)
{
    if (!cell.isValid() || m_view != View::Teacher)
        return;
    const QPair<int, int> slot{weekdayOf(cell), lessonOf(cell)};
    if (!m_forbidden.remove(slot))
        m_forbidden.insert(slot);
    refresh();
    emit forbiddenToggled(m_forbidden);
}

} // namespace ejournal::client
