// The paper copies page: choices, fetching, and the way out (preview, print, PDF, folder).
#include "paperpage.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "paperbatch.h"
#include "paperextract.h"
#include "paperjournal.h"
#include "papersummary.h"
#include "papertext.h"
#include "printoutput.h"
#include "serverconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
enum Tab { JournalTab, SheetTab, ExtractTab };

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}
} // namespace

PaperCopiesPage::PaperCopiesPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_connection(connection), m_year(new QComboBox(this)),
      m_tabs(new QTabWidget(this)), m_journalClass(new QComboBox(this)), m_period(new QComboBox(this)),
      m_sheetClass(new QComboBox(this)), m_wholeGrade(new QCheckBox(tr("Every class of this grade"), this)),
      m_extractClass(new QComboBox(this)), m_student(new QComboBox(this)), m_from(dateEdit(this)),
      m_to(dateEdit(this)), m_all(new QPushButton(tr("All classes to a folder…"), this)),
      m_message(new InlineMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeader(tr("Paper copies"),
                                 tr("The class journal, the summary sheet of final marks and "
                                    "extracts for parents, laid out as the paper documents."),
                                 this));
    auto *yearRow = new QFormLayout;
    yearRow->addRow(tr("School &year:"), m_year);
    layout->addLayout(yearRow);
    m_tabs->addTab(journalTab(), tr("Class &journal"));
    m_tabs->addTab(sheetTab(), tr("&Summary sheet"));
    m_tabs->addTab(extractTab(), tr("Parent's e&xtract"));
    layout->addWidget(m_tabs);
    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Pre&view…"), this);
    auto *print = new QPushButton(tr("&Print…"), this);
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    preview->setDefault(true);
    for (QPushButton *b : {preview, print, pdf})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_all);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(preview, &QPushButton::clicked, this, [this] { produce(Output::Preview); });
    connect(print, &QPushButton::clicked, this, [this] { produce(Output::Print); });
    connect(pdf, &QPushButton::clicked, this, [this] { produce(Output::Pdf); });
    connect(m_all, &QPushButton::clicked, this, &PaperCopiesPage::saveAll);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) { m_all->setVisible(tab == JournalTab); });
    connect(m_year, &QComboBox::activated, this, [this] { load(m_year->currentData().toLongLong()); });
    for (QComboBox *box : {m_journalClass, m_sheetClass, m_extractClass})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { classChosen(); });
}

QWidget *PaperCopiesPage::journalTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("&Class:"), m_journalClass);
    form->addRow(tr("P&eriod:"), m_period);
    return tab;
}

QWidget *PaperCopiesPage::sheetTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("&Class:"), m_sheetClass);
    form->addRow(QString(), m_wholeGrade);
    return tab;
}

QWidget *PaperCopiesPage::extractTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("&Class:"), m_extractClass);
    form->addRow(tr("S&tudent:"), m_student);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(1 - today.day()));
    m_to->setDate(today);
    return tab;
}

QComboBox *PaperCopiesPage::classBox(int tab) const
{
    return tab == SheetTab ? m_sheetClass : tab == ExtractTab ? m_extractClass : m_journalClass;
}

void PaperCopiesPage::activate()
{
    load(m_year->currentData().toLongLong());
}

void PaperCopiesPage::load(qint64 yearId)
{
    QCborMap params;
    if (yearId)
        params.insert(QStringLiteral("academicYearId"), yearId);
    m_connection->request(QStringLiteral("paper.options"), params, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_options = reply.result.toMap();
        fillClasses();
    });
}

void PaperCopiesPage::fillClasses()
{
    m_filling = true;
    m_year->clear();
    for (const QCborValue &y : field(m_options, "years").toArray())
        m_year->addItem(textOf(y, "name"), idOf(y, "id"));
    m_year->setCurrentIndex(m_year->findData(idOf(m_options, "academicYearId")));
    const QCborArray classes = field(m_options, "classes").toArray();
    for (QComboBox *box : {m_journalClass, m_sheetClass, m_extractClass}) {
        const qint64 kept = box->currentData().toLongLong();
        box->clear();
        for (const QCborValue &c : classes) {
            const QString name = field(c, "whole").toBool()
                ? textOf(c, "name") : tr("%1 (own subjects)").arg(textOf(c, "name"));
            box->addItem(name, idOf(c, "id"));
        }
        box->setCurrentIndex(qMax(0, box->findData(kept)));
    }
    m_all->setEnabled(!classes.isEmpty());
    m_filling = false;
    classChosen();
    if (classes.isEmpty())
        m_message->showInfo(tr("There is nothing you may print in this school year."));
}

QCborMap PaperCopiesPage::currentClass(int tab) const
{
    const qint64 id = classBox(tab)->currentData().toLongLong();
    for (const QCborValue &c : field(m_options, "classes").toArray())
        if (idOf(c, "id") == id)
            return c.toMap();
    return {};
}

void PaperCopiesPage::classChosen()
{
    if (m_filling)
        return;
    const QCborMap journalClass = currentClass(JournalTab);
    const qint64 period = m_period->currentData().toLongLong();
    m_period->clear();
    m_period->addItem(tr("Whole year"), 0);
    for (const QCborValue &p : field(journalClass, "periods").toArray())
        m_period->addItem(textOf(p, "name"), idOf(p, "id"));
    m_period->setCurrentIndex(qMax(0, m_period->findData(period)));
    const qint64 student = m_student->currentData().toLongLong();
    m_student->clear();
    for (const QCborValue &s : field(currentClass(ExtractTab), "students").toArray())
        m_student->addItem(textOf(s, "name"), idOf(s, "id"));
    m_student->setCurrentIndex(qMax(0, m_student->findData(student)));
}

void PaperCopiesPage::makeDocument(const std::function<void(const Printable &, const QString &)> &done)
{
    const int tab = m_tabs->currentIndex();
    const qint64 classId = classBox(tab)->currentData().toLongLong();
    QString method;
    QCborMap params;
    if (tab == JournalTab) {
        method = QStringLiteral("paper.classJournal");
        params.insert(QStringLiteral("classId"), classId);
        if (m_period->currentData().toLongLong())
            params.insert(QStringLiteral("periodId"), m_period->currentData().toLongLong());
    } else if (tab == SheetTab) {
        method = QStringLiteral("paper.finalsSheet");
        params.insert(QStringLiteral("academicYearId"), idOf(m_options, "academicYearId"));
        if (m_wholeGrade->isChecked())
            params.insert(QStringLiteral("grade"), idOf(currentClass(SheetTab), "grade"));
        else
            params.insert(QStringLiteral("classId"), classId);
    } else {
        method = QStringLiteral("paper.extract");
        params = {{QStringLiteral("studentId"), m_student->currentData().toLongLong()},
                  {QStringLiteral("from"), m_from->date().toString(Qt::ISODate)},
                  {QStringLiteral("to"), m_to->date().toString(Qt::ISODate)}};
    }
    if (classId == 0 || (tab == ExtractTab && m_student->currentData().toLongLong() == 0)) {
        m_message->showError(tab == ExtractTab ? tr("Choose a class and a student first.")
                                               : tr("Choose a class first."));
        return;
    }
    m_message->showInfo(tr("Preparing the document…"));
    m_connection->request(method, params, this, [this, tab, done](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_message->clearMessage();
        const QCborMap answer = reply.result.toMap();
        const QDate today = QDate::currentDate();
        if (tab == JournalTab)
            done(PaperJournal::document(answer, today), PaperJournal::fileName(answer));
        else if (tab == SheetTab)
            done(PaperSummary::sheetDocument(answer, today), PaperSummary::sheetFileName(answer));
        else
            done(PaperExtract::document(answer, today), PaperExtract::fileName(answer));
    });
}

void PaperCopiesPage::produce(Output output)
{
    makeDocument([this, output](const Printable &document, const QString &name) {
        if (output == Output::Preview)
            PrintOutput::preview(document, this);
        else if (output == Output::Print)
            PrintOutput::print(document, this);
        else if (!PrintOutput::savePdfAs(document, name + QStringLiteral(".pdf"), this).isEmpty())
            m_message->showInfo(tr("Saved."));
    });
}

PaperBatch *PaperCopiesPage::saveAllTo(const QString &folder)
{
    auto *batch = new PaperBatch(m_connection, field(m_options, "classes").toArray(),
                                 m_period->currentData().toLongLong(), folder, this);
    connect(batch, &PaperBatch::finished, this, [this, batch, folder](bool cancelled, const QString &error) {
        if (!error.isEmpty())
            m_message->showError(error);
        else
            m_message->showInfo(cancelled ? tr("Stopped: %n journal(s) written to %1.", "", int(batch->written().size())).arg(folder)
                                          : tr("%n journal(s) written to %1.", "", int(batch->written().size())).arg(folder));
        batch->deleteLater();
    });
    batch->start();
    return batch;
}

void PaperCopiesPage::saveAll()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the journals"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        saveAllTo(folder);
}

} // namespace ejournal::client
