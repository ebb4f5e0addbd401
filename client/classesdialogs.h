// The forms of the classes page: a class (grade, letter, class teacher, period scheme,
// shift, room), a study group (kind, name, class, subject), and splitting a class into
// subgroups for a subject.
#pragma once

#include "peopleform.h"

class QLineEdit;
class QSpinBox;

namespace ejournal::client {

class ClassDialog : public FormDialog
{
    Q_OBJECT
public:
    // A new class of the year when `record` is empty, else that class.
    ClassDialog(ServerConnection *connection, qint64 yearId, const QCborMap &record, QWidget *parent);

    QSpinBox *gradeEdit() const { return m_grade; }
    QLineEdit *letterEdit() const { return m_letter; }
    QComboBox *teacherBox() const { return m_teacher; }
    QComboBox *schemeBox() const { return m_scheme; }
    QComboBox *shiftBox() const { return m_shift; }
    QComboBox *roomBox() const { return m_room; }

protected:
    void save() override;

private:
    qint64 m_yearId;
    QCborMap m_record;
    QSpinBox *m_grade;
    QLineEdit *m_letter;
    QComboBox *m_teacher;
    QComboBox *m_scheme;
    QComboBox *m_shift;
    QComboBox *m_room;
};

class GroupDialog : public FormDialog
{
    Q_OBJECT
public:
    // A new group of the year (for the class `classId`, 0 = none) when `record` is empty.
    GroupDialog(ServerConnection *connection, qint64 yearId, qint64 classId, const QCborMap &record,
                QWidget *parent);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *classBox() const { return m_class; }
    QComboBox *subjectBox() const { return m_subject; }

protected:
    void save() override;

private:
    qint64 m_yearId;
    QCborMap m_record;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_class;
    QComboBox *m_subject;
};

class SplitDialog : public FormDialog
{
    Q_OBJECT
public:
    SplitDialog(ServerConnection *connection, const QCborMap &classRecord, QWidget *parent);

    QComboBox *subjectBox() const { return m_subject; }
    QSpinBox *countEdit() const { return m_count; }
    QDateEdit *dateEdit() const { return m_date; }
    QStringList names() const;

protected:
    void save() override;

private:
    void updatePreview();

    qint64 m_classId;
    QComboBox *m_subject;
    QSpinBox *m_count;
    QDateEdit *m_date;
    QLabel *m_preview;
};

} // namespace ejournal::client
