// The form for one teaching-load entry: teacher, subject, a class or a study group, and
// weekly hours. New entries may be pre-filled (from the coverage view); an existing entry can
// only change its teacher and hours (the server's load.update), the rest is shown read-only.
// A refusal keeps the form open with each problem next to its field.
#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QDialog>
#include <QMap>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class CurriculumLoadDialog : public QDialog
{
    Q_OBJECT
public:
    // `entry`: a load row to edit (with "id"), or the fields to start a new one with
    // (staffId, subjectId, classId or groupId, hoursPerWeek; all optional).
    CurriculumLoadDialog(ServerConnection *connection, qint64 yearId, const QCborMap &entry,
                         QWidget *parent = nullptr);

    bool isEditing() const { return m_id != 0; }
    bool isReady() const { return m_waiting == 0; }
    QComboBox *teacherCombo() const { return m_teacher; }
    QComboBox *subjectCombo() const { return m_subject; }
    QRadioButton *classRadio() const { return m_byClass; }
    QRadioButton *groupRadio() const { return m_byGroup; }
    QComboBox *classCombo() const { return m_class; }
    QComboBox *groupCombo() const { return m_group; }
    QDoubleSpinBox *hoursSpin() const { return m_hours; }
    QPushButton *saveButton() const { return m_save; }
    InlineMessage *message() const { return m_message; }
    // The note shown under a field: "staffId", "subjectId", "classId", "groupId", "hoursPerWeek".
    QLabel *problemLabel(const QString &field) const { return m_problems.value(field); }

signals:
    // The server accepted the entry; `row` is the load row it returned.
    void saved(const QCborMap &row);

private:
    void load(const QString &method, const QCborMap &params,
              const std::function<void(const QCborArray &)> &fill);
    void fillCombo(QComboBox *combo, const QCborArray &rows, const QString &textKey,
                   const QString &valueKey);
    void filterGroups();
    void updateTarget();
    QCborMap params() const;
    void submit();

    ServerConnection *m_connection;
    QCborMap m_entry;
    qint64 m_id;
    int m_waiting = 0;
    QCborArray m_groups;
    QComboBox *m_teacher;
    QComboBox *m_subject;
    QRadioButton *m_byClass;
    QRadioButton *m_byGroup;
    QComboBox *m_class;
    QComboBox *m_group;
    QDoubleSpinBox *m_hours;
    InlineMessage *m_message;
    QPushButton *m_save;
    QMap<QString, QLabel *> m_problems;
};

} // namespace ejournal::client
