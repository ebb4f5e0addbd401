// The «Curriculum» tab: the year's plan as an editable grid with a grade filter, the school
// component's rows on demand, a status line for saving, and copying a plan to other classes.
#pragma once

#include "curriculumcopydialog.h"

#include <QCborArray>
#include <QCborMap>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ejournal::client {

class CurriculumGrid;
class CurriculumPlanModel;
class InlineMessage;
class ServerConnection;

class CurriculumPlanTab : public QWidget
{
    Q_OBJECT
public:
    explicit CurriculumPlanTab(ServerConnection *connection, QWidget *parent = nullptr);

    // Loads the plan of a year; editing only when allowed (and the year is not closed).
    void setYear(qint64 yearId, bool editable);
    void reload();

    CurriculumPlanModel *model() const { return m_model; }
    CurriculumGrid *grid() const { return m_grid; }
    QComboBox *gradeFilter() const { return m_grade; }
    QPushButton *copyButton() const { return m_copy; }
    InlineMessage *message() const { return m_message; }
    CurriculumCopyDialog *copyDialog() const { return m_copyDialog; }
    bool isLoading() const { return m_waiting > 0; }

signals:
    // The plan changed on the server (coverage is then out of date).
    void changed();

private:
    void request(const QString &method, const QCborMap &params, QCborValue *into);
    void showPlan();
    void fillGrades();
    void openCopy();
    void updateStatus();

    ServerConnection *m_connection;
    CurriculumPlanModel *m_model;
    CurriculumGrid *m_grid;
    QComboBox *m_grade;
    QCheckBox *m_allSchool;
    QPushButton *m_copy;
    QLabel *m_status;
    InlineMessage *m_message;
    QPointer<CurriculumCopyDialog> m_copyDialog;
    qint64 m_yearId = 0;
    bool m_editable = false;
    int m_waiting = 0;
    quint64 m_generation = 0;
    QCborValue m_subjects;
    QCborValue m_classes;
    QCborValue m_plan;
};

} // namespace ejournal::client
