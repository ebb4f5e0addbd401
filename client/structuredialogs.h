// The forms of the «Учебный год» page for one record: a school year, a holiday, a subject,
// a room. Each is new when its record is empty and edits the record otherwise.
#pragma once

#include "structureform.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ejournal::client {

class StructureYearDialog : public StructureFormDialog
{
    Q_OBJECT
public:
    StructureYearDialog(ServerConnection *connection, const QCborMap &year, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }

protected:
    void submit() override;

private:
    QCborMap m_year;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    bool m_nameTyped = false;
};

class StructureHolidayDialog : public StructureFormDialog
{
    Q_OBJECT
public:
    // `year` is the year the holiday belongs to (for a new one: its id and default dates).
    StructureHolidayDialog(ServerConnection *connection, const QCborMap &year,
                           const QCborMap &holiday, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QRadioButton *allGrades() const { return m_all; }
    QCheckBox *gradeBox(int grade) const { return m_grades.value(grade - 1); }

protected:
    void submit() override;

private:
    QCborMap m_holiday;
    qint64 m_yearId;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QRadioButton *m_all;
    QRadioButton *m_some;
    QList<QCheckBox *> m_grades;
};

class StructureSubjectDialog : public StructureFormDialog
{
    Q_OBJECT
public:
    StructureSubjectDialog(ServerConnection *connection, const QCborMap &subject, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *shortNameEdit() const { return m_shortName; }
    QComboBox *componentBox() const { return m_component; }

protected:
    void submit() override;

private:
    QCborMap m_subject;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_component;
};

class StructureRoomDialog : public StructureFormDialog
{
    Q_OBJECT
public:
    StructureRoomDialog(ServerConnection *connection, const QCborMap &room, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *capacityBox() const { return m_capacity; }

protected:
    void submit() override;

private:
    QCborMap m_room;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QSpinBox *m_capacity;
};

} // namespace ejournal::client
