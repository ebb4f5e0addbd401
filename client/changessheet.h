// The day's changes sheet for the staff-room board: A4 portrait in large type, one block per
// lesson number (never split across pages) listing each class's change.
#pragma once

#include "printdocument.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDate>

namespace ejournal::client {

class ChangesSheet
{
    Q_DECLARE_TR_FUNCTIONS(ChangesSheet)
public:
    // `changes`: the rows of changes.day for `date`.
    static PrintDocument document(const QDate &date, const QCborArray &changes,
                                  const QString &school);
    // "changes-2026-09-21.pdf".
    static QString fileName(const QDate &date);
};

} // namespace ejournal::client
