// Field notes of the curriculum page's dialogs.
#include "curriculumforms.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ejournal::client {

QLabel *makeFieldProblem(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setObjectName(QStringLiteral("fieldProblem"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    note->hide();
    return note;
}

void showFieldProblem(QLabel *note, const QString &problem)
{
    note->setText(problem);
    note->setVisible(!problem.isEmpty());
}

QWidget *withProblem(QWidget *field, QLabel *note)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    note->setParent(box);
    layout->addWidget(field);
    layout->addWidget(note);
    return box;
}

} // namespace ejournal::client
