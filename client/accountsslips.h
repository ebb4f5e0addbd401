// New credentials (login and one-time password) as the server returns them, and the printable
// slips handed to each person: several per A4 page, with dashed cut lines.
#pragma once

#include "printdocument.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ejournal::client {

struct Credential
{
    QString fullName;
    QString kind;       // "staff", "student", "guardian" or "other"
    QString className;  // the class of the student (of the child, for a parent); may be empty
    QString login;
    QString password;

    // An element of accounts.issueForClass / a staff import.commit, or an accounts.issue
    // result; kind and className complete what the answer does not say.
    static Credential fromReply(const QCborMap &map, const QString &kind, const QString &className);
};

class CredentialSlips
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSlips)
public:
    // "Staff member", "Student", "Parent", "Service account".
    static QString kindName(const QString &kind);
    // "Student, 5А" / "Staff member".
    static QString whoText(const Credential &credential);
    // One slip per person: school, name, class, login, temporary password, server address
    // and what to do at the first sign-in.
    static PrintDocument document(const QList<Credential> &credentials, const QString &school,
                                  const QString &serverAddress);
};

} // namespace ejournal::client
