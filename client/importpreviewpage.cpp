// The import wizard's check page.
#include "importpreviewpage.h"

#include "errortext.h"
#include "importfilepage.h"
#include "importwizard.h"
#include "inlinemessage.h"
#include "recordsmodel.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QString problemsOf(const QCborMap &row)
{
    QStringList out;
    for (const QCborValue &problem : row.value(QStringLiteral("problems")).toArray())
        out.append(problem.toString());
    return out.join(QLatin1Char('\n'));
}

// Paints the rows with problems light red and their problem text dark red.
class ProblemRowDelegate : public QStyledItemDelegate
{
public:
    ProblemRowDelegate(int problemColumn, QObject *parent)
        : QStyledItemDelegate(parent), m_problemColumn(problemColumn)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.siblingAtColumn(m_problemColumn).data().toString().isEmpty())
            return;
        option->backgroundBrush = QColor(0xfd, 0xe4, 0xe1);
        if (index.column() == m_problemColumn)
            option->palette.setColor(QPalette::Text, QColor(0x9b, 0x1c, 0x1c));
    }

private:
    int m_problemColumn;
};
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_message(new InlineMessage(this)),
      m_counts(new QLabel(this)),
      m_fileInfo(new QLabel(this)),
      m_recheck(new QPushButton(tr("Check &again"), this)),
      m_tableBox(new QVBoxLayout)
{
    setTitle(tr("Check the file"));
    setSubTitle(tr("Every row is checked against the school's data. The file is uploaded only "
                   "as a whole and only when no row has a problem."));
    setCommitPage(true);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_recheck->setToolTip(tr("Read the file again after correcting it"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_fileInfo->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts);
    countsRow->addStretch(1);
    countsRow->addWidget(m_fileInfo);
    countsRow->addWidget(m_recheck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(countsRow);
    layout->addLayout(m_tableBox, 1);

    connect(m_recheck, &QPushButton::clicked, this, [this] {
        if (m_wizard->filePage()->validatePage())
            check();
        else
            m_message->showError(m_wizard->filePage()->fileProblem()->text());
    });
}

void ImportPreviewPage::initializePage()
{
    check();
}

void ImportPreviewPage::setChecking(bool checking)
{
    m_checking = checking;
    m_recheck->setEnabled(!checking && !m_committing);
    emit completeChanged();
}

void ImportPreviewPage::check()
{
    m_ready = false;
    m_message->showInfo(tr("Checking the file…"));
    m_counts->clear();
    m_fileInfo->clear();
    setChecking(true);
    m_wizard->connection()->request(
        QStringLiteral("import.preview"),
        {{QStringLiteral("kind"), m_wizard->kind()}, {QStringLiteral("data"), m_wizard->data()}}, this,
        [this](const Reply &reply) {
            if (!reply.ok())
                m_message->showError(ErrorText::forReply(reply));
            else
                showPreview(reply.result.toMap());
            setChecking(false);
        });
}

void ImportPreviewPage::showPreview(const QCborMap &preview)
{
    const int ok = int(preview.value(QStringLiteral("okCount")).toInteger());
    const int bad = int(preview.value(QStringLiteral("problemCount")).toInteger());
    // The problems come right after the line number, so that they are seen without scrolling.
    constexpr int problemColumn = 1;
    QList<RecordsModel::Column> columns{{QStringLiteral("line"), tr("Line"), {}, Qt::AlignRight | Qt::AlignVCenter},
                                        {QStringLiteral("problems"), tr("Problems"), problemsOf}};
    for (const QCborValue &title : preview.value(QStringLiteral("columns")).toArray())
        columns.append({title.toString(), title.toString(), [title = title.toString()](const QCborMap &row) {
            return row.value(QStringLiteral("values")).toMap().value(title).toString();
        }});

    delete m_table;
    delete m_model;
    m_model = new RecordsModel(m_wizard->connection(), columns, this);
    m_model->setRows(preview.value(QStringLiteral("rows")).toArray());
    m_table = new RecordsTable(m_model, this);
    m_table->setObjectName(QStringLiteral("previewRows"));
    m_table->view()->setItemDelegate(new ProblemRowDelegate(problemColumn, m_table->view()));
    m_table->view()->setWordWrap(true);
    m_table->view()->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->view()->setColumnWidth(c, qMin(m_table->view()->columnWidth(c), 220));
    m_table->view()->setColumnWidth(problemColumn, bad > 0 ? 380 : 90);
    m_table->view()->resizeRowsToContents();
    m_tableBox->addWidget(m_table);

    QStringList fileProblems;
    for (const QCborValue &problem : preview.value(QStringLiteral("fileProblems")).toArray())
        fileProblems.append(QStringLiteral("• ") + problem.toString());
    m_counts->setText(tr("Ready to upload: %1, with problems: %2").arg(ok).arg(bad));
    m_fileInfo->setText(tr("Encoding %1, separator «%2»")
                            .arg(preview.value(QStringLiteral("encoding")).toString(),
                                 preview.value(QStringLiteral("delimiter")).toString()));
    if (!fileProblems.isEmpty())
        m_message->showError(tr("The file as a whole has problems:") + QLatin1Char('\n')
                             + fileProblems.join(QLatin1Char('\n')));
    else if (bad > 0)
        m_message->showError(tr("%n row(s) have problems (highlighted). Correct them in the file, "
                                "save it and press «Check again»: the file is uploaded only "
                                "without problems.", nullptr, bad));
    else if (ok == 0)
        m_message->showError(tr("The file has no rows to upload."));
    else
        m_message->showInfo(tr("No problems found. Press «Upload» to add everything."));
    m_ready = fileProblems.isEmpty() && bad == 0 && ok > 0;
}

bool ImportPreviewPage::isComplete() const
{
    return m_ready && !m_checking && !m_committing;
}

bool ImportPreviewPage::validatePage()
{
    if (m_committed)
        return true;
    if (!isComplete())
        return false;
    m_committing = true;
    setChecking(false);
    m_message->showInfo(tr("Uploading…"));
    m_wizard->connection()->request(
        QStringLiteral("import.commit"),
        {{QStringLiteral("kind"), m_wizard->kind()}, {QStringLiteral("data"), m_wizard->data()}}, this,
        [this](const Reply &reply) {
            m_committing = false;
            if (!reply.ok()) {
                m_ready = false;
                if (reply.isError(ErrorCode::Invalid))
                    showRefusal(reply.error.details);
                else
                    m_message->showError(ErrorText::forReply(reply));
                setChecking(false);
                return;
            }
            m_committed = true;
            m_wizard->setResult(reply.result.toMap());
            m_wizard->next();
        });
    return false;
}

void ImportPreviewPage::showRefusal(const QCborMap &details)
{
    QStringList problems;
    for (const QCborValue &problem : details.value(QStringLiteral("fileProblems")).toArray())
        problems.append(QStringLiteral("• ") + problem.toString());
    for (const QCborValue &row : details.value(QStringLiteral("rows")).toArray())
        for (const QCborValue &problem : row.toMap().value(QStringLiteral("problems")).toArray())
            problems.append(QStringLiteral("• ") + problem.toString());
    m_message->showError(tr("Nothing was uploaded: the school's data changed since the check.")
                         + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
}

} // namespace ejournal::client
