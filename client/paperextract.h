// A guardian's extract from the journal (выписка) built from the answer of paper.extract:
// per subject the marks with their dates, the average and the missed lessons; the homework
// of the coming week; the class teacher's signature and the guardian's acknowledgement.
#pragma once

#include "paperdocument.h"

#include <QCborMap>

namespace ejournal::client {

class PaperExtract
{
    Q_DECLARE_TR_FUNCTIONS(PaperExtract)
public:
    static PaperDocument document(const QCborMap &extract, const QDate &printDate);
    static QString fileName(const QCborMap &extract);
};

} // namespace ejournal::client
