// «Lesson calendar»: the deputy generates the dated lessons of a year (or of a range of it)
// from the timetable versions. A dry run first shows what would be created, kept, moved and
// removed (and the filled lessons kept although the timetable no longer has them); «Generate»
// then applies exactly that range and shows the result.
#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class LessonGenTab : public QWidget
{
    Q_OBJECT
public:
    LessonGenTab(ServerConnection *connection, QWidget *parent = nullptr);

    void loadYears();
    QComboBox *year() const { return m_year; }
    QCheckBox *rangeCheck() const { return m_range; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *counts() const { return m_counts; }
    InlineMessage *message() const { return m_message; }
    RecordsModel *movedModel() const { return m_moved; }
    RecordsModel *orphansModel() const { return m_orphans; }

private:
    void yearChosen();
    QCborMap params(bool dryRun) const;
    void run(bool dryRun);
    void showReport(const QCborMap &report);
    void showProblems(const QMap<QString, QString> &problems);

    ServerConnection *m_connection;
    QCborArray m_years;
    QComboBox *m_year;
    QCheckBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_fromProblem;
    QLabel *m_toProblem;
    QPushButton *m_preview;
    QPushButton *m_apply;
    InlineMessage *m_message;
    QLabel *m_counts;
    RecordsModel *m_moved;
    RecordsModel *m_orphans;
    qint64 m_shownYear = 0;
    QCborMap m_previewed;  // the parameters of the dry run shown, which «Generate» applies
};

} // namespace ejournal::client
