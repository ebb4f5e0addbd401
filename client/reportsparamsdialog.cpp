// The run-time parameters of a report.
#include "reportsparamsdialog.h"

#include "reportsoperandeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

using reports::FilterOp;

ReportsParamsDialog::ReportsParamsDialog(const reports::Definition &definition,
                                         const ReportOptions &options, const QCborMap &last,
                                         const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportParams"));
    setWindowTitle(tr("Report parameters"));
    auto *form = new QFormLayout;
    const reports::Dataset *dataset = reports::findDataset(definition.dataset);
    for (const reports::Definition::Param &param : definition.params()) {
        const reports::Field *field = dataset ? reports::findField(*dataset, param.field) : nullptr;
        if (!field)
            continue;
        auto *editor = new ReportsOperandEditor(*field, param.op, options, param.optional, this);
        editor->setObjectName(QStringLiteral("param_") + param.name);
        editor->setValue(last.value(param.name));
        auto *problem = new QLabel(this);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(editor);
        cell->addWidget(problem);
        const QString name = label(definition, param);
        auto *caption = new QLabel(name + QLatin1Char(':'), this);
        caption->setBuddy(editor->editor());
        form->addRow(caption, cell);
        m_rows.append({param, name, editor, problem});
    }
    auto *heading = new QLabel(title, this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportsParamsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportsParamsDialog::reject);
}

QString ReportsParamsDialog::label(const reports::Definition &definition,
                                   const reports::Definition::Param &param)
{
    if (param.op == FilterOp::InPeriod)
        return tr("Period");
    const reports::Dataset *dataset = reports::findDataset(definition.dataset);
    const reports::Field *field = dataset ? reports::findField(*dataset, param.field) : nullptr;
    const QString caption = field ? reports::caption(field->caption) : param.name;
    if (param.op == FilterOp::Eq || param.op == FilterOp::In)
        return caption;
    return tr("%1 (%2)").arg(caption, reports::filterOpCaption(param.op));
}

QCborMap ReportsParamsDialog::values() const
{
    QCborMap out;
    for (const Row &row : m_rows) {
        const QCborValue value = row.editor->value();
        if (!value.isUndefined())
            out.insert(row.param.name, value);
    }
    return out;
}

QString ReportsParamsDialog::summary() const
{
    QStringList parts;
    for (const Row &row : m_rows)
        parts.append(tr("%1: %2").arg(row.label, row.editor->text()));
    return parts.join(QStringLiteral("; "));
}

ReportsOperandEditor *ReportsParamsDialog::editor(const QString &param) const
{
    for (const Row &row : m_rows)
        if (row.param.name == param)
            return row.editor;
    return nullptr;
}

void ReportsParamsDialog::accept()
{
    bool complete = true;
    for (const Row &row : m_rows) {
        const bool missing = !row.param.optional && row.editor->value().isUndefined();
        row.problem->setText(missing ? tr("Choose a value.") : QString());
        row.problem->setVisible(missing);
        if (missing && complete && row.editor->editor())
            row.editor->editor()->setFocus();
        complete = complete && !missing;
    }
    if (complete)
        QDialog::accept();
}

} // namespace ejournal::client
