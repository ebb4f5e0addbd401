// The forms of the people page: a student's personal data, a staff member, a parent or
// guardian, linking a guardian of another student, and the three movement-book entries
// (admission, transfer, withdrawal) with date, class, order number and reason.
#pragma once

#include "peopleform.h"

class QLineEdit;

namespace ejournal::client {

class StudentDialog : public FormDialog
{
    Q_OBJECT
public:
    // A new student when `record` is empty.
    StudentDialog(ServerConnection *connection, const QCborMap &record, QWidget *parent);

    QLineEdit *lastNameEdit() const { return m_last; }
    QLineEdit *firstNameEdit() const { return m_first; }

protected:
    void save() override;

private:
    QCborMap m_record;
    QLineEdit *m_last;
    QLineEdit *m_first;
    QLineEdit *m_middle;
    QDateEdit *m_birth;
    QComboBox *m_gender;
    QLineEdit *m_fileNo;
};

class StaffDialog : public FormDialog
{
    Q_OBJECT
public:
    StaffDialog(ServerConnection *connection, const QCborMap &record, QWidget *parent);

    QLineEdit *lastNameEdit() const { return m_last; }
    QLineEdit *firstNameEdit() const { return m_first; }
    QLineEdit *positionEdit() const { return m_position; }
    QLineEdit *emailEdit() const { return m_email; }

protected:
    void save() override;

private:
    QCborMap m_record;
    QLineEdit *m_last;
    QLineEdit *m_first;
    QLineEdit *m_middle;
    QLineEdit *m_position;
    QLineEdit *m_phone;
    QLineEdit *m_email;
};

class GuardianDialog : public FormDialog
{
    Q_OBJECT
public:
    // A new guardian of the student when `record` is empty, else that guardian's contacts.
    GuardianDialog(ServerConnection *connection, qint64 studentId, const QCborMap &record,
                   QWidget *parent);

protected:
    void save() override;

private:
    qint64 m_studentId;
    QCborMap m_record;
    QLineEdit *m_last;
    QLineEdit *m_first;
    QLineEdit *m_middle;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_relation;
};

// Links the student to a guardian already known as the parent of another student (a sibling).
class LinkGuardianDialog : public FormDialog
{
    Q_OBJECT
public:
    LinkGuardianDialog(ServerConnection *connection, qint64 studentId, QWidget *parent);

protected:
    void save() override;

private:
    void findStudents();
    void loadGuardians();

    qint64 m_studentId;
    QLineEdit *m_search;
    QComboBox *m_sibling;
    QComboBox *m_guardian;
    QComboBox *m_relation;
};

class MovementDialog : public FormDialog
{
    Q_OBJECT
public:
    enum class Kind { Admit, Transfer, Withdraw };
    MovementDialog(ServerConnection *connection, Kind kind, const QCborMap &student, QWidget *parent);

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *classBox() const { return m_class; }
    QLineEdit *orderEdit() const { return m_order; }
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    void save() override;

private:
    Kind m_kind;
    qint64 m_studentId;
    QDateEdit *m_date;
    QComboBox *m_class = nullptr;
    QLineEdit *m_order;
    QLineEdit *m_reason;
};

// A combo box of the guardian relations (mother, father, guardian, other).
QComboBox *makeRelationBox(const QString &relation, QWidget *parent);

} // namespace ejournal::client
