// Small pieces the curriculum page's dialogs share: a red note under a field for the problem
// the server named, and the field with its note as one form row.
#pragma once

class QLabel;
class QString;
class QWidget;

namespace ejournal::client {

// A hidden red label for a field's problem.
QLabel *makeFieldProblem(QWidget *parent);
// Shows the problem under the field, or hides the note when the text is empty.
void showFieldProblem(QLabel *note, const QString &problem);
// The field with its note below, for QFormLayout::addRow.
QWidget *withProblem(QWidget *field, QLabel *note);

} // namespace ejournal::client
