// The journal grid's model: students down (number, name), the period's lessons across, then
// the weighted average and the final marks. A cell shows the outbox's unsent value over the
// server's one; entries go to the outbox at once (the model never waits for the network) and
// are remembered for undo; server answers and pushed events update the cells in place.
#pragma once

#include "journaldata.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ejournal::client {

class JournalOutbox;

class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        MonthRole = Qt::UserRole + 1,  // header: the lesson's month ("Сентябрь")
        ColumnKindRole,                // a ColumnKind
        CurrentLessonRole,             // bool: today's (or the latest past) lesson
        UnavailableRole,               // bool: cancelled lesson or not a member that day
        PendingRole,                   // int: 0 saved, 1 unsent, 2 waits for the teacher
        PiecesRole,                    // QStringList: the cell's texts ("н", "5", "4")
        PieceKindsRole,                // QList<int>: a PieceKind per piece
        SuggestionRole,                // final columns: the mark the average suggests
        ControlWorkRole,               // header: bool, a control-work lesson
    };
    enum ColumnKind { NumberColumnKind, NameColumnKind, LessonColumnKind, AverageColumnKind, FinalColumnKind };
    enum PieceKind { NormalPiece, LowPiece, AwayPiece, LatePiece };
    static constexpr int NumberColumn = 0;
    static constexpr int NameColumn = 1;
    static constexpr int FirstLessonColumn = 2;

    explicit JournalModel(JournalOutbox *outbox, QObject *parent = nullptr);

    // showYear: add the year's final column (the last period of the year).
    void setSnapshot(const journal::Snapshot &snapshot, bool showYear);
    const journal::Snapshot &snapshot() const { return m_snapshot; }
    bool isReadOnly() const { return !m_snapshot.asOf.isEmpty(); }
    // The day the current lesson is looked for (today; tests may set it).
    void setToday(const QDate &today);
    int currentLessonColumn() const { return m_currentColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole: the text typed in a cell ("5 4", "н") or a final mark ("4", "н/а").
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    ColumnKind columnKind(int column) const;
    const journal::Lesson *lessonAt(int column) const;
    int columnOfLesson(qint64 lessonId) const;
    const journal::Student *studentAt(int row) const;
    int rowOfStudent(qint64 studentId) const;
    // The final column's period (0 = the year).
    qint64 finalPeriodAt(int column) const;
    const journal::WorkType *workType(qint64 id) const;
    // The kind of work a new mark in the lesson gets: the lesson's, else "Ответ на уроке".
    qint64 defaultWorkType(const journal::Lesson &lesson) const;

    // What the cell holds now (an unsent value first) and the version the server last gave.
    journal::CellContent content(const QModelIndex &index) const;
    qint64 serverVersion(const QModelIndex &index) const;
    bool canEdit(const QModelIndex &index) const;
    // Why the cell cannot be changed, for the user (empty when it can).
    QString whyReadOnly(const QModelIndex &index) const;
    std::optional<double> average(int row) const;

    // Puts a value in a cell / a final column, through the outbox; false if not editable.
    bool enterCell(const QModelIndex &index, const journal::CellContent &content);
    bool enterFinal(const QModelIndex &index, const QString &value);
    // Writes back what the last entry replaced (a new write); where it was, or invalid.
    QModelIndex undo();
    bool canUndo() const { return !m_undo.isEmpty(); }

    // Server rows (answers and pushed events) of this journal; others are ignored.
    void applyCell(const QCborMap &cell);
    void applyLesson(const QCborMap &lesson);
    void applyFinal(const QCborMap &final);

    // The outbox key of a cell or final column (empty for other columns).
    QString keyAt(const QModelIndex &index) const;
    QModelIndex indexOfKey(const QString &key) const;

signals:
    // A typed text was not understood; the message is for the user.
    void entryRejected(const QString &message);

private:
    struct UndoStep
    {
        QString key;
        QCborMap before;  // the cell's content or {value} of a final
    };
    int lessonCount() const { return int(m_snapshot.lessons.size()); }
    int averageColumn() const { return FirstLessonColumn + lessonCount(); }
    QVariant cellData(const QModelIndex &index, int role) const;
    QVariant finalData(const QModelIndex &index, int role) const;
    QVariant lessonHeader(const journal::Lesson &lesson, int role) const;
    QString cellToolTip(const QModelIndex &index) const;
    QString finalValue(const QModelIndex &index) const;
    const journal::Final *serverFinal(const QModelIndex &index) const;
    void changedRow(int row, int column);
    void findCurrentLesson();
    void onOutboxChanged(const QString &key);

    JournalOutbox *m_outbox;
    journal::Snapshot m_snapshot;
    bool m_showYear = false;
    QDate m_today;
    int m_currentColumn = -1;
    QHash<QString, journal::Cell> m_cells;    // by outbox key
    QHash<QString, journal::Final> m_finals;  // by outbox key
    QHash<qint64, int> m_lessonColumns;
    QHash<qint64, int> m_studentRows;
    QList<UndoStep> m_undo;
};

} // namespace ejournal::client
