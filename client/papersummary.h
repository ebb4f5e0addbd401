// The summary parts of a class's paper journal, also printed on their own: the summary
// sheet of final marks (сводная ведомость учёта успеваемости), the attendance summary and
// the general information about the students (dates of birth, guardians, orders), and the
// deputy's remarks page.
#pragma once

#include "paperdocument.h"

#include <QCborArray>
#include <QCborMap>

namespace ejournal::client {

// One class's data for the summary sheet (as paper.finalsSheet gives it per class).
struct FinalsInput
{
    QString className;
    QString yearName;
    QString classTeacher;
    QCborArray students;  // [{id, number, name}]
    QCborArray subjects;  // [{id, name}]
    QCborArray periods;   // [{id, ordinal, name}]
    QCborArray finals;    // [{studentId, subjectId, periodId|null, value}]
};

class PaperSummary
{
    Q_DECLARE_TR_FUNCTIONS(PaperSummary)
public:
    // The summary sheet on its own (landscape), from the answer of paper.finalsSheet: every
    // class of the answer from a new page.
    static PaperDocument sheetDocument(const QCborMap &answer, const QDate &printDate);
    static QString sheetFileName(const QCborMap &answer);
    // Each adds its pages to the document and returns the index of the first one.
    static int finalsSheet(PaperDocument &document, const FinalsInput &input);
    static int attendanceSheet(PaperDocument &document, const QString &className,
                               const QCborArray &students, const QCborArray &periods,
                               const QCborArray &attendance);
    static int studentsList(PaperDocument &document, const QString &className,
                            const QCborArray &students);
    static int remarksPage(PaperDocument &document);
    // A heading line at the top of a page; returns the height used.
    static qreal heading(PaperPage &page, qreal width, const QString &text, bool continued);
};

} // namespace ejournal::client
