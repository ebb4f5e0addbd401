// Bulk import of students with up to two guardians each from a CSV file: every row is checked
// against the file and the database; a clean file becomes students, their admission to a class
// of the active year (movement book + enrolment) and their guardians, in one transaction.
#pragma once

#include "import_sheet.h"

namespace ejournal::server::handlers::import {

class StudentImport
{
public:
    // Reads and checks the file.
    StudentImport(const RequestContext &ctx, const QByteArray &data);

    const Sheet &sheet() const { return m_sheet; }
    // Writes a clean file (refused as `invalid` otherwise); returns the counts.
    QCborMap commit(RequestContext &ctx) const;

    struct Guardian
    {
        QString lastName;
        QString firstName;
        QString middleName;
        QString phone;
        QString relation;  // mother, father, guardian, other
        QString key() const;  // full name and phone, for finding the same person
    };
    struct Student
    {
        QString lastName;
        QString firstName;
        QString middleName;
        QDate birthDate;
        QString gender;  // m, f or empty
        QString fileNo;
        qint64 classId = 0;
        QDate admittedOn;
        QString orderNo;
        QList<Guardian> guardians;
    };

private:
    struct Facts;
    static Facts loadFacts(const RequestContext &ctx);
    Student checkRow(ImportRow &row, const Facts &facts) const;
    void checkClass(ImportRow &row, const Facts &facts, Student &student) const;
    void checkGuardians(ImportRow &row, Student &student) const;
    void checkDuplicates(const Facts &facts);

    Sheet m_sheet;
    QList<Student> m_students;  // one per row of the sheet
};

} // namespace ejournal::server::handlers::import
