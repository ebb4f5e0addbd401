// The import wizard's file page.
#include "importfilepage.h"

#include "importwizard.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ejournal::client {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_students(new QRadioButton(tr("&Students with their parents"), this)),
      m_staff(new QRadioButton(tr("S&taff"), this)),
      m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_problem(new QLabel(this)),
      m_help(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A table saved from Excel or LibreOffice as CSV (semicolon or comma separated, "
                   "UTF-8 or Windows-1251). Nothing is written until you upload the checked file."));
    m_students->setObjectName(QStringLiteral("kindStudents"));
    m_staff->setObjectName(QStringLiteral("kindStaff"));
    m_students->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_students);
    kinds->addButton(m_staff);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("Path to a .csv file"));
    m_problem->setObjectName(QStringLiteral("fileProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_help->setObjectName(QStringLiteral("columnsHelp"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setStyleSheet(QStringLiteral("QLabel { background: #f4f6f8; border: 1px solid #d8dde3;"
                                         " border-radius: 4px; padding: 8px; }"));

    auto *kindBox = new QVBoxLayout;
    kindBox->addWidget(m_students);
    kindBox->addWidget(m_staff);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileBox = new QVBoxLayout;
    fileBox->addLayout(fileRow);
    fileBox->addWidget(m_problem);
    auto *form = new QFormLayout;
    form->addRow(tr("The file holds:"), kindBox);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_help);
    layout->addStretch(1);

    connect(m_students, &QRadioButton::toggled, this, &ImportFilePage::updateHelp);
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_problem->hide();
        emit completeChanged();
    });
    updateHelp();
}

void ImportFilePage::updateHelp()
{
    const QString intro = tr("The first line names the columns, in any order; required columns "
                             "are in bold. Dates are written as DD.MM.YYYY.");
    const QString columns = m_students->isChecked()
        ? tr("<b>Фамилия</b>, <b>Имя</b>, Отчество, <b>Дата рождения</b>, Пол (м/ж), "
             "№ личного дела, <b>Класс</b> (a class of the current year: 5А), Дата зачисления "
             "(by default the first day of the year), <b>Приказ</b> (number of the admission "
             "order); for each of up to two parents: Родитель 1 ФИО, Родитель 1 телефон, "
             "Родитель 1 кем приходится (мать, отец, опекун, попечитель, бабушка, дедушка, "
             "другое), and the same for Родитель 2.")
        : tr("<b>Фамилия</b>, <b>Имя</b>, Отчество, Должность, Email, Телефон, Роли (comma "
             "separated: администратор, директор, заместитель директора, учитель, классный "
             "руководитель, психолог, социальный педагог). Staff members with roles get an "
             "account at once; their temporary passwords are shown after the upload.");
    m_help->setText(QStringLiteral("<p>%1</p><p>%2</p>").arg(intro.toHtmlEscaped(), columns));
}

void ImportFilePage::browse()
{
    const QString start = m_file->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_file->text();
    const QString name = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!name.isEmpty())
        m_file->setText(QDir::toNativeSeparators(name));
}

bool ImportFilePage::isComplete() const
{
    return !m_file->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    QFile file(QDir::fromNativeSeparators(m_file->text().trimmed()));
    QString problem;
    if (!file.exists())
        problem = tr("There is no such file.");
    else if (file.size() > kMaxFileSize)
        problem = tr("The file is too large (more than 8 MB). Split it into several files.");
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("The file cannot be read: %1").arg(file.errorString());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_file->setFocus();
        return false;
    }
    m_wizard->setFile(m_students->isChecked() ? QStringLiteral("students") : QStringLiteral("staff"),
                      file.readAll());
    return true;
}

} // namespace ejournal::client
