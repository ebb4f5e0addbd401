// Importing a КТП from a CSV file with a checked preview.
#include "planimportdialog.h"

#include "inlinemessage.h"
#include "plantext.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
int rowNumber(const QString &key)
{
    return key.section(QLatin1Char(' '), 1).toInt();
}

// The columns of the preview: the topics as they will be imported.
QList<RecordsModel::Column> previewColumns()
{
    using Row = const QCborMap &;
    return {{QStringLiteral("line"), PlanImportDialog::tr("Line"), {}, Qt::AlignRight | Qt::AlignVCenter},
            {QStringLiteral("section"), PlanImportDialog::tr("Section")},
            {QStringLiteral("topic"), PlanImportDialog::tr("Topic")},
            {QStringLiteral("hours"), PlanImportDialog::tr("Hours"),
             [](Row r) { return PlanText::number(r.value(QLatin1String("hours")).toDouble()); }},
            {QStringLiteral("plannedOn"), PlanImportDialog::tr("Date"),
             [](Row r) { return PlanText::date(r.value(QLatin1String("plannedOn")).toString()); }},
            {QStringLiteral("homework"), PlanImportDialog::tr("Homework")},
            {QStringLiteral("controlWork"), PlanImportDialog::tr("Control work"),
             [](Row r) { return r.value(QLatin1String("controlWork")).toBool() ? PlanImportDialog::tr("yes") : QString(); }}};
}
} // namespace

PlanImportDialog::PlanImportDialog(ServerConnection *connection, qint64 assignmentId,
                                   int existingItems, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_assignmentId(assignmentId),
      m_path(new QLineEdit(this)),
      m_replace(new QCheckBox(tr("Replace the current plan (%n topic(s)); lessons keep their topics",
                                 nullptr, existingItems), this)),
      m_message(new InlineMessage(this)), m_pages(new QStackedWidget(this)),
      m_problems(new QListWidget(this)),
      m_previewModel(new RecordsModel(connection, previewColumns(), this)),
      m_preview(new RecordsTable(m_previewModel, this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("planImportDialog"));
    setWindowTitle(tr("Import the plan from a CSV file"));
    resize(820, 520);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("Choose &file…"), this);
    m_replace->setObjectName(QStringLiteral("replacePlan"));
    m_replace->setVisible(existingItems > 0);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_preview->view()->setSortingEnabled(false);
    m_import->setObjectName(QStringLiteral("importPlan"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    m_message->setObjectName(QStringLiteral("importMessage"));

    auto *hint = new QLabel(tr("The first line names the columns: «Раздел», «Тема» (required), «Часы», "
                               "«Дата», «Домашнее задание», «Контрольная». Fields are separated by "
                               "«;», «,» or tabs, as Excel saves them."), this);
    hint->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    m_pages->addWidget(m_preview);
    m_pages->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(fileRow);
    layout->addWidget(m_replace);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &PlanImportDialog::chooseFile);
    connect(m_replace, &QCheckBox::toggled, this, &PlanImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &PlanImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PlanImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Plan file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void PlanImportDialog::setFile(const QString &path)
{
    QFile file(path);
    m_path->setText(QFileInfo(path).fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        m_content.clear();
        m_import->setEnabled(false);
        m_message->showError(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    m_content = file.readAll();
    check();
}

void PlanImportDialog::check()
{
    if (m_content.isEmpty())
        return;
    m_checked = false;
    m_import->setEnabled(false);
    m_message->showInfo(tr("Checking the file…"));
    const QCborMap params{{QStringLiteral("assignmentId"), m_assignmentId},
                          {QStringLiteral("content"), m_content},
                          {QStringLiteral("replace"), m_replace->isChecked()},
                          {QStringLiteral("dryRun"), true}};
    m_connection->request(QStringLiteral("plan.import"), params, this, [this](const Reply &reply) {
        m_problems->clear();
        if (reply.ok()) {
            const QCborMap result = reply.result.toMap();
            m_previewModel->setRows(result.value(QLatin1String("rows")).toArray());
            m_pages->setCurrentWidget(m_preview);
            const int items = int(result.value(QLatin1String("items")).toInteger());
            m_message->showInfo(tr("The file is correct: %n topic(s) will be imported.", nullptr, items));
            m_checked = true;
            m_import->setEnabled(items > 0);
            return;
        }
        m_previewModel->setRows({});
        const QCborMap details = reply.error.details;
        if (details.contains(QStringLiteral("replace")))
            m_replace->show();
        if (details.contains(QStringLiteral("replace")) && details.size() == 1) {
            m_message->showError(PlanText::summary(reply) + QLatin1Char(' ')
                                 + tr("Tick «Replace» to import over it."));
            return;
        }
        QStringList keys;
        for (auto it = details.begin(); it != details.end(); ++it)
            if (it.key().toString().startsWith(QLatin1String("row ")))
                keys.append(it.key().toString());
        std::sort(keys.begin(), keys.end(),
                  [](const QString &a, const QString &b) { return rowNumber(a) < rowNumber(b); });
        if (details.contains(QStringLiteral("file")))
            m_problems->addItem(details.value(QStringLiteral("file")).toString());
        for (const QString &key : keys)
            m_problems->addItem(details.value(key).toString());
        m_pages->setCurrentWidget(m_problems);
        m_message->showError(reply.isError(ErrorCode::Invalid) && details.contains(QStringLiteral("content"))
                                 ? PlanText::problem(details.value(QStringLiteral("content")).toString())
                                 : PlanText::summary(reply));
    });
}

void PlanImportDialog::runImport()
{
    if (!m_checked)
        return;
    m_import->setEnabled(false);
    const QCborMap params{{QStringLiteral("assignmentId"), m_assignmentId},
                          {QStringLiteral("content"), m_content},
                          {QStringLiteral("replace"), m_replace->isChecked()}};
    m_connection->request(QStringLiteral("plan.import"), params, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_import->setEnabled(true);
            m_message->showError(PlanText::summary(reply));
            return;
        }
        emit imported(int(reply.result.toMap().value(QLatin1String("items")).toInteger()));
        accept();
    });
}

} // namespace ejournal::client
