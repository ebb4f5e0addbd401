// The curriculum of one academic year as a spreadsheet: a row per subject and part (the
// federal part first, then the school's component), a column per class, weekly hours in the
// cells and a last row with each class's total against its legal maximum. An edit shows at
// once, goes to the server (curriculum.set) in the background, and is taken back with the
// server's reason when refused.
#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QHash>

namespace ejournal::client {

class ServerConnection;

class CurriculumPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct ClassColumn
    {
        qint64 id = 0;
        int grade = 0;
        QString name;
        int maximum = 0;
    };

    explicit CurriculumPlanModel(ServerConnection *connection, QObject *parent = nullptr);

    // subjects.list (with archived ones), classes.list and curriculum.list of one year.
    void setPlan(const QCborArray &subjects, const QCborArray &classes, const QCborMap &plan);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Shows only the classes of one grade (0: all).
    void setGradeFilter(int grade);
    // Adds a component row for every subject, not only for those that have one.
    void setAllSchoolRows(bool all);

    QList<int> grades() const;
    QList<ClassColumn> allClasses() const { return m_classes; }
    ClassColumn classAt(int column) const;
    bool isTotalsRow(int row) const { return row == int(m_rows.size()); }
    // The row of a subject's part, -1 when not shown.
    int rowOf(qint64 subjectId, const QString &part) const;
    int columnOf(qint64 classId) const;
    double total(qint64 classId) const;
    int pendingCount() const { return m_pending; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // True while the cell's change is on its way to the server.
    static constexpr int PendingRole = Qt::UserRole + 1;

signals:
    void saved(const QString &message);
    // The server refused the change of a cell; it shows the previous hours again.
    void refused(const QModelIndex &index, const QString &message);
    void pendingChanged(int count);

private:
    struct Row
    {
        qint64 subjectId = 0;
        QString subject;
        QString part;
        bool archived = false;
    };
    struct Cell
    {
        double value = 0;      // shown
        double confirmed = 0;  // as the server has it
        quint64 sequence = 0;  // of the newest request for the cell
        bool pending = false;
    };
    using Key = QString;  // "<classId>/<subjectId>/<part>"

    static Key keyOf(qint64 classId, qint64 subjectId, const QString &part);
    void rebuildRows();
    void rebuildColumns();
    Cell cell(int row, int column) const;
    void finish(const Key &key, quint64 sequence, double value, bool ok);
    void emitCellChanged(const Key &key);
    QVariant totalsData(int column, int role) const;
    QVariant cellData(int row, int column, int role) const;

    ServerConnection *m_connection;
    QCborArray m_subjects;
    QList<ClassColumn> m_classes;
    QList<int> m_columns;  // indexes into m_classes
    QList<Row> m_rows;
    QHash<Key, Cell> m_cells;
    int m_gradeFilter = 0;
    bool m_allSchoolRows = false;
    bool m_editable = false;
    int m_pending = 0;
    quint64 m_sequence = 0;
    quint64 m_generation = 0;  // of setPlan(): replies to older plans are ignored
};

} // namespace ejournal::client
