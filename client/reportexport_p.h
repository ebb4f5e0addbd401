// What the report's outputs (XLSX, CSV, printed report) share: the header captions and the
// texts of a row as the preview shows them, the total row labelled «Итого».
#pragma once

#include "reportresult.h"

#include <QStringList>

namespace ejournal::client::reportoutput {

bool isNumeric(reports::ValueType type);
QStringList captions(const reports::Result &result);
// The cells of a data row, or of the total row (its first dimension cell says "Total").
QStringList rowTexts(const reports::Result &result, const QVariantList &row, bool total = false);
// Under the table when the definition's row limit cut rows off.
QString truncatedNote(int rows);
// "Could not write the file …" for a file that cannot be written.
QString cannotWrite(const QString &fileName);

} // namespace ejournal::client::reportoutput
