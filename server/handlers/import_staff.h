// Bulk import of staff from a CSV file: every row is checked against the file and the
// database; a clean file becomes staff records in one transaction, and every row that names
// roles also gets an account (login and one-time password, returned once by the commit).
#pragma once

#include "import_sheet.h"

namespace ejournal::server::handlers::import {

class StaffImport
{
public:
    // Reads and checks the file.
    StaffImport(const RequestContext &ctx, const QByteArray &data);

    const Sheet &sheet() const { return m_sheet; }
    // Writes a clean file (refused as `invalid` otherwise); returns the counts and the new
    // accounts with their passwords.
    QCborMap commit(RequestContext &ctx) const;

    struct Member
    {
        QString lastName;
        QString firstName;
        QString middleName;
        QString position;
        QString email;
        QString phone;
        QStringList roles;  // empty: no account
    };

private:
    Member checkRow(ImportRow &row) const;
    QStringList checkRoles(ImportRow &row) const;
    void checkDuplicates(const RequestContext &ctx);

    Sheet m_sheet;
    QList<Member> m_members;  // one per row of the sheet
};

} // namespace ejournal::server::handlers::import
