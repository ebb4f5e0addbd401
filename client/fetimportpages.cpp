// The FET import wizard's file, import and result pages.
#include "fetimportpages.h"

#include "changestext.h"
#include "errortext.h"
#include "fetimporttext.h"
#include "fetimportwizard.h"
#include "inlinemessage.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
qint64 number(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toInteger();
}

QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

// A field with its problem line under it.
QWidget *withProblem(QWidget *field, QLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}
} // namespace

// --- the file -----------------------------------------------------------------------------

FetFilePage::FetFilePage(FetImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)),
      m_message(new InlineMessage(this)), m_summary(new QLabel(this))
{
    setTitle(tr("The FET file"));
    setSubTitle(tr("Choose the file FET wrote after generating the timetable: "
                   "<name>_data_and_timetable.fet (in timetables/<name>/), or its CSV export "
                   "<name>_timetable.csv."));
    m_path->setObjectName(QStringLiteral("fetPath"));
    m_path->setPlaceholderText(tr("Path to a .fet or .csv file"));
    m_summary->setObjectName(QStringLiteral("fetSummary"));
    m_summary->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &FetFilePage::browse);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        if (!m_path->text().trimmed().isEmpty()) {
            m_message->showInfo(tr("Reading the file…"));
            m_wizard->openFile(m_path->text().trimmed());
            emit completeChanged();
        }
    });
    connect(wizard, &FetImportWizard::previewed, this, &FetFilePage::showPreview);
    connect(wizard, &FetImportWizard::previewFailed, this, [this](const QString &message) {
        m_message->showError(message);
        m_summary->clear();
        emit completeChanged();
    });
}

void FetFilePage::browse()
{
    const QString start = m_path->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a FET file"), start, tr("FET timetables (*.fet *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_message->showInfo(tr("Reading the file…"));
    m_wizard->openFile(path);
    emit completeChanged();
}

void FetFilePage::showPreview()
{
    const QCborMap preview = m_wizard->preview();
    m_message->clearMessage();
    const QString format = text(preview, "format") == QLatin1String("csv")
                               ? tr("FET's CSV export") : tr("FET file");
    const QString institution = text(preview, "institution");
    QString summary = institution.isEmpty() ? format
                                            : format + QStringLiteral(" «%1»").arg(institution);
    summary += QStringLiteral(": ")
               + tr("%n activit(ies)", nullptr, int(number(preview, "activityCount")));
    summary += u' ' + tr("→ %n lesson(s) of the timetable.", nullptr, int(number(preview, "entryCount")));
    const int problems = int(preview.value(QLatin1String("problems")).toArray().size());
    if (problems > 0)
        summary += u' ' + tr("%n problem(s) to solve on the next page.", nullptr, problems);
    m_summary->setText(summary);
    emit completeChanged();
}

bool FetFilePage::isComplete() const
{
    return !m_wizard->preview().isEmpty() && !m_wizard->isPreviewing();
}

// --- name, date and import ----------------------------------------------------------------

FetImportPage::FetImportPage(FetImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel(this)),
      m_name(new QLineEdit(this)), m_validFrom(new QDateEdit(this)),
      m_nameProblem(problemLabel(this)), m_validFromProblem(problemLabel(this)),
      m_message(new InlineMessage(this))
{
    setTitle(tr("The new timetable version"));
    setSubTitle(tr("The timetable is imported as a new version that is in force from the date "
                   "you choose; earlier versions keep their history."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("versionName"));
    m_name->setMaxLength(200);
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), withProblem(m_name, m_nameProblem, this));
    form->addRow(tr("&Valid from:"), withProblem(m_validFrom, m_validFromProblem, this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addStretch(1);
}

void FetImportPage::initializePage()
{
    const QCborMap preview = m_wizard->preview();
    m_summary->setText(tr("%n activit(ies) of the file become", nullptr,
                          int(number(preview, "activityCount")))
                       + u' '
                       + tr("%n lesson(s) of the new timetable version.", nullptr,
                            int(number(preview, "entryCount"))));
    if (m_name->text().isEmpty()) {
        const QString institution = text(preview, "institution");
        m_name->setText(tr("FET: %1").arg(institution.isEmpty()
                                              ? QFileInfo(m_wizard->fileName()).completeBaseName()
                                              : institution));
    }
    m_wizard->connection()->request(QStringLiteral("years.list"), {}, this, [this](const Reply &reply) {
        for (const QCborValue &value : reply.result.toArray()) {
            const QCborMap year = value.toMap();
            if (number(year, "id") != m_wizard->academicYearId())
                continue;
            const QDate starts = ChangesText::dateOf(year.value(QLatin1String("startsOn")));
            const QDate ends = ChangesText::dateOf(year.value(QLatin1String("endsOn")));
            m_validFrom->setDateRange(starts, ends);
            m_validFrom->setDate(qBound(starts, QDate::currentDate(), ends));
        }
    });
}

QString FetImportPage::fieldError(const QString &key) const
{
    const QLabel *label = key == QLatin1String("name") ? m_nameProblem : m_validFromProblem;
    return label->isHidden() ? QString() : label->text();
}

bool FetImportPage::validatePage()
{
    if (!m_wizard->importResult().isEmpty())
        return true;
    if (!m_sending)
        send();
    return false;
}

void FetImportPage::send()
{
    QCborMap params{{QStringLiteral("academicYearId"), m_wizard->academicYearId()},
                    {QStringLiteral("data"), m_wizard->fileData()},
                    {QStringLiteral("fileName"), m_wizard->fileName()},
                    {QStringLiteral("name"), m_name->text().trimmed()},
                    {QStringLiteral("validFrom"), ChangesText::isoDate(m_validFrom->date())}};
    if (!m_wizard->mapping().isEmpty())
        params.insert(QStringLiteral("mapping"), m_wizard->mapping());
    m_sending = true;
    m_message->showInfo(tr("Importing…"));
    for (QLabel *label : {m_nameProblem, m_validFromProblem})
        label->hide();
    m_wizard->connection()->request(QStringLiteral("fet.import"), params, this, [this](const Reply &reply) {
        m_sending = false;
        if (!reply.ok()) {
            const auto problems = ChangesText::problems(reply, &FetImportText::problem);
            for (auto [label, key] : {std::pair{m_nameProblem, QStringLiteral("name")},
                                      std::pair{m_validFromProblem, QStringLiteral("validFrom")}}) {
                label->setText(problems.value(key));
                label->setVisible(problems.contains(key));
            }
            QString message = ChangesText::summary(reply, &FetImportText::problem);
            for (const QCborValue &problem :
                 reply.error.details.value(QLatin1String("problems")).toArray())
                message += u'\n' + FetImportText::problem(problem.toString());
            m_message->showError(message);
            return;
        }
        m_message->clearMessage();
        m_wizard->setImportResult(reply.result.toMap());
        m_wizard->next();
    });
}

// --- the result ---------------------------------------------------------------------------

FetDonePage::FetDonePage(FetImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_result(new QLabel(this))
{
    setTitle(tr("Imported"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void FetDonePage::initializePage()
{
    const QCborMap result = m_wizard->importResult();
    const QCborMap version = result.value(QLatin1String("version")).toMap();
    QString out = tr("The timetable «%1» in force from %2 has been created:")
                      .arg(text(version, "name"),
                           ChangesText::dayText(ChangesText::dateOf(version.value(QLatin1String("validFrom")))));
    out += u' ' + tr("%n activit(ies),", nullptr, int(number(result, "activities")));
    out += u' ' + tr("%n lesson(s) a week.", nullptr, int(number(result, "entries")));
    QStringList rooms;
    for (const QCborValue &room : result.value(QLatin1String("roomsCreated")).toArray())
        rooms.append(room.toString());
    if (!rooms.isEmpty())
        out += u'\n' + tr("New rooms: %1.").arg(rooms.join(QStringLiteral(", ")));
    out += QStringLiteral("\n\n")
           + tr("Check it in the timetable editor, then generate the lesson calendar.");
    m_result->setText(out);
}

} // namespace ejournal::client
