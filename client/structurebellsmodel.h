// The bell schedule of a year as an editable grid, one shift at a time: lesson number, start
// and end (edited in place), with the lesson's length, the break before it and the problem
// with the row (checked as you type; the server's problems replace them after a save).
// Edits of both shifts are kept until saved or reverted.
#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QMap>
#include <QTime>

namespace ejournal::client {

class StructureBellsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LessonColumn, StartColumn, EndColumn, LengthColumn, BreakColumn, ProblemColumn,
                  ColumnCount };
    static constexpr int kLastLessonNo = 12;

    explicit StructureBellsModel(QObject *parent = nullptr);

    // The year's bells as bells.list returns them; drops unsaved edits.
    void setBells(const QCborArray &bells);
    // The answer of bells.set for the shown shift; the other shift's edits stay.
    void setSavedShift(const QCborArray &bells);
    // The shift shown and edited (1 or 2).
    void setShift(int shift);
    int shift() const { return m_shift; }
    void setEditable(bool editable);

    bool isDirty(int shift) const;
    bool hasProblems() const;
    // The shown shift's lessons for bells.set.
    QCborArray lessons() const;
    // The server's problems with rows of the shown shift (row → text).
    void setServerProblems(const QMap<int, QString> &problems);
    QString problem(int row) const;

    // Adds the next lesson after the last one (a 45-minute lesson after a 10-minute break).
    int appendLesson();
    void removeLesson(int row);
    void revert();
    // Replaces the shift's lessons with a usual schedule of 7 lessons.
    void fillTypical();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void dirtyChanged();

private:
    struct Bell
    {
        int lessonNo = 1;
        QTime startsAt;
        QTime endsAt;
        bool operator==(const Bell &) const = default;
    };
    static QMap<int, QList<Bell>> parse(const QCborArray &bells);
    QList<Bell> &rows() { return m_edited[m_shift]; }
    const QList<Bell> rowsOf(int shift) const { return m_edited.value(shift); }
    QString clientProblem(int row) const;
    void replaceRows(const QList<Bell> &bells);

    QMap<int, QList<Bell>> m_saved;
    QMap<int, QList<Bell>> m_edited;
    QMap<int, QString> m_serverProblems;
    int m_shift = 1;
    bool m_editable = false;
};

} // namespace ejournal::client
