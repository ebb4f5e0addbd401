// The class journal on paper, built from the answer of paper.classJournal: a title page with
// the contents; per subject the spreads of each month (left page: numbered students × lesson
// dates with marks, «н» and the period and year marks; right page: the same lessons' dates,
// topics, homework and teacher); the summary sheets; the students; the deputy's remarks.
#pragma once

#include "paperdocument.h"

#include <QCborMap>

namespace ejournal::client {

class PaperJournal
{
    Q_DECLARE_TR_FUNCTIONS(PaperJournal)
public:
    static PaperDocument document(const QCborMap &journal, const QDate &printDate);
    // "Журнал 5А 2026-2027" (a file name without extension).
    static QString fileName(const QCborMap &journal);
};

} // namespace ejournal::client
