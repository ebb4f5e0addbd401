// The editor's grid: weekdays (columns, Mon–Sat) × lesson numbers from the bells (rows) of one
// class, teacher or room, over the TimetableDocument. Cells carry their entries, conflicts and
// (teacher view) forbidden cells; the deputy drops load items and cells onto cells (place,
// move, swap — the same calls the keyboard uses).
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace ejournal::client {

class TimetableDocument;
struct TimetableEntry;

class TimetableGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class View { Class, Teacher, Room };
    enum Roles {
        EntryIdsRole = Qt::UserRole + 1,  // QList<qint64>: the cell's entries in this view
        CellRole,       // QVariantList of QVariantMap {title, short, detail, parity, changed, cut}
        ConflictRole,   // "error", "warning" or empty: the worst conflict on the cell
        ForbiddenRole,  // bool: a forbidden slot of the teacher shown
    };
    static constexpr int kWeekdays = 6;
    static const QString kLoadMime;  // a load item: the assignment id as text
    static const QString kCellMime;  // a cell: weekday, lesson number and entry ids (CBOR)

    explicit TimetableGridModel(TimetableDocument *document, QObject *parent = nullptr);

    void setView(View view, qint64 id);
    View view() const { return m_view; }
    qint64 viewId() const { return m_viewId; }
    // Bells: lesson number → "08:30–09:15", per shift; classes' shifts and own rooms.
    void setBells(const QMap<int, QMap<int, QString>> &bellsByShift);
    void setClasses(const QHash<qint64, int> &shifts, const QHash<qint64, qint64> &rooms);
    const QMap<int, QMap<int, QString>> &bells() const { return m_bells; }
    const QHash<qint64, int> &classShifts() const { return m_classShifts; }
    void setForbidden(const QSet<QPair<int, int>> &cells);
    const QSet<QPair<int, int>> &forbidden() const { return m_forbidden; }
    void setForbiddenMode(bool on);
    bool forbiddenMode() const { return m_forbiddenMode; }
    void setCut(const QList<qint64> &ids);
    QList<qint64> cut() const { return m_cut; }

    int weekdayOf(const QModelIndex &index) const { return index.column() + 1; }
    int lessonOf(const QModelIndex &index) const;
    QModelIndex cellAt(int weekday, int lessonNo) const;
    QList<qint64> entriesOf(const QModelIndex &index) const;
    bool shows(const TimetableEntry &entry) const;
    QString bellTime(int lessonNo) const;

    // Editing (the deputy): each is one undo step of the document.
    bool placeLoad(qint64 assignmentId, const QModelIndex &cell);
    // Moves the entries to the cell; when the cell has entries of this view, swaps.
    bool moveEntries(const QList<qint64> &ids, const QModelIndex &cell);
    bool removeCell(const QModelIndex &cell);
    void toggleForbidden(const QModelIndex &cell);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The deputy toggled a forbidden slot (the page saves the teacher's cells).
    void forbiddenToggled(const QSet<QPair<int, int>> &cells);

private:
    void refresh();
    QList<int> computeRows() const;
    qint64 defaultRoom(qint64 assignmentId, int weekday, int lessonNo) const;
    QString cellText(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index) const;
    QString conflictOf(const QModelIndex &index, QStringList *reasons) const;

    TimetableDocument *m_document;
    View m_view = View::Class;
    qint64 m_viewId = 0;
    QList<int> m_rows;  // lesson numbers
    QMap<int, QMap<int, QString>> m_bells;
    QHash<qint64, int> m_classShifts;
    QHash<qint64, qint64> m_classRooms;
    QSet<QPair<int, int>> m_forbidden;
    bool m_forbiddenMode = false;
    QList<qint64> m_cut;
};

} // namespace ejournal::client
