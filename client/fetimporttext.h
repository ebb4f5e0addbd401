// The FET import's words: fet.preview's problems (English, common/PROTOCOL.md "FET import
// methods") in the user's language, and how a FET name was matched.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ejournal::client {

class FetImportText
{
    Q_DECLARE_TR_FUNCTIONS(FetImportText)
public:
    // One problem of an activity, of the file, or of a FET day or hour.
    static QString problem(const QString &english);
    // How a name, day or hour was matched ("by name", "chosen by you", "by order" …).
    static QString matchedBy(const QString &by);
};

} // namespace ejournal::client
