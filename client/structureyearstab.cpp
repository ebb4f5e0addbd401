// Years and their period schemes.
#include "structureyearstab.h"

#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "structuredialogs.h"
#include "structureerrors.h"
#include "structureschemedialog.h"
#include "structureschemesmodel.h"
#include "structuretext.h"
#include "uistyle.h"
#include "yearclosedialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QString kState = QStringLiteral("state");

QString stateOf(const QCborMap &year)
{
    return year.value(kState).toString();
}

QMessageBox *askQuestion(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirm, const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    QPushButton *yes = box->addButton(confirm, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(yes, &QPushButton::clicked, parent, onYes);
    box->open();
    return box;
}
} // namespace

// --- the years list ------------------------------------------------------------------

StructureYearsList::StructureYearsList(ServerConnection *connection, RecordsModel *years, bool canEdit,
                                       QWidget *parent)
    : StructureListTab(connection, years, canEdit, parent),
      m_activate(new QPushButton(tr("Make &current"), this)),
      m_close(new QPushButton(tr("&Close the year…"), this))
{
    setObjectName(QStringLiteral("yearsList"));
    newButton()->setText(tr("&New year…"));
    m_activate->setObjectName(QStringLiteral("activateYear"));
    m_activate->setToolTip(tr("The current year is the one the journals work in"));
    m_close->setObjectName(QStringLiteral("closeYear"));
    m_close->setToolTip(tr("Checks what is left, then makes the year read-only and opens the "
                           "next one from it"));
    toolbar()->insertWidget(3, m_activate);
    toolbar()->insertWidget(4, m_close);
    connect(m_activate, &QPushButton::clicked, this, [this] { setState(QStringLiteral("active")); });
    connect(m_close, &QPushButton::clicked, this, &StructureYearsList::confirmClose);
    connect(table(), &RecordsTable::currentChanged, this, [this](const QCborMap &year) {
        if (!year.isEmpty())
            emit yearChosen(year);
    });
    updateButtons();
}

StructureFormDialog *StructureYearsList::makeDialog(const QCborMap &record)
{
    return new StructureYearDialog(connection(), record, this);
}

StructureListTab::Removal StructureYearsList::removal(const QCborMap &) const
{
    return {};  // years are closed, never deleted
}

bool StructureYearsList::canEditRecord(const QCborMap &record) const
{
    return stateOf(record) != QLatin1String("closed");
}

void StructureYearsList::updateButtons()
{
    StructureListTab::updateButtons();
    const QString state = stateOf(table()->currentRecord());
    m_activate->setVisible(canEdit());
    m_close->setVisible(canEdit());
    m_activate->setEnabled(state == QLatin1String("planning"));
    m_close->setEnabled(state == QLatin1String("active"));
}

void StructureYearsList::confirmClose()
{
    const QCborMap year = table()->currentRecord();
    if (year.isEmpty())
        return;
    auto *dialog = new YearCloseDialog(connection(), year, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &YearCloseDialog::closed, this, [this, year] {
        showDone(tr("The school year «%1» is closed and the next one is opened.")
                     .arg(year.value(QStringLiteral("name")).toString()));
        reloadAndSelect(year.value(QStringLiteral("id")));
    });
    dialog->open();
}

void StructureYearsList::setState(const QString &state)
{
    const QCborMap year = table()->currentRecord();
    if (year.isEmpty())
        return;
    connection()->request(QStringLiteral("years.setState"),
                          {{QStringLiteral("id"), year.value(QStringLiteral("id"))}, {kState, state}},
                          this, [this](const Reply &reply) {
        if (!reply.ok()) {
            notice()->showError(StructureErrors::summary(reply));
            return;
        }
        const QCborMap row = reply.result.toMap();
        showDone(tr("The school year «%1» is now %2.")
                     .arg(row.value(QStringLiteral("name")).toString(),
                          StructureText::yearState(stateOf(row))));
        reloadAndSelect(row.value(QStringLiteral("id")));
    });
}

// --- the tab: years above, schemes below ---------------------------------------------

StructureYearsTab::StructureYearsTab(ServerConnection *connection, RecordsModel *years, bool canEdit,
                                     QWidget *parent)
    : QWidget(parent), m_connection(connection), m_canEdit(canEdit),
      m_years(new StructureYearsList(connection, years, canEdit, this)),
      m_schemes(new StructureSchemesModel(connection, this)), m_title(new QLabel(this)),
      m_tree(new QTreeView(this)), m_newScheme(new QPushButton(tr("New &period scheme…"), this)),
      m_editScheme(new QPushButton(tr("Edit &dates…"), this)),
      m_deleteScheme(new QPushButton(tr("Delete the sc&heme…"), this)), m_notice(new InlineMessage(this))
{
    setObjectName(QStringLiteral("yearsTab"));
    makeTitle(m_title, 1.1);
    m_title->setText(tr("Period schemes"));
    m_tree->setObjectName(QStringLiteral("schemes"));
    m_tree->setModel(m_schemes);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(StructureSchemesModel::NameColumn, 240);
    m_tree->header()->resizeSection(StructureSchemesModel::StartColumn, 120);
    m_tree->header()->resizeSection(StructureSchemesModel::EndColumn, 120);
    m_newScheme->setObjectName(QStringLiteral("newScheme"));
    m_editScheme->setObjectName(QStringLiteral("editScheme"));
    m_deleteScheme->setObjectName(QStringLiteral("deleteScheme"));
    m_notice->setObjectName(QStringLiteral("schemesNotice"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newScheme);
    buttons->addWidget(m_editScheme);
    buttons->addWidget(m_deleteScheme);
    buttons->addStretch(1);
    auto *schemesPane = new QWidget(this);
    auto *schemesLayout = new QVBoxLayout(schemesPane);
    schemesLayout->setContentsMargins(0, 8, 0, 0);
    schemesLayout->setSpacing(8);
    schemesLayout->addWidget(m_title);
    schemesLayout->addLayout(buttons);
    schemesLayout->addWidget(m_notice);
    schemesLayout->addWidget(m_tree, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_years);
    splitter->addWidget(schemesPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_newScheme, &QPushButton::clicked, this, [this] { openScheme({}); });
    connect(m_editScheme, &QPushButton::clicked, this, &StructureYearsTab::editCurrentScheme);
    connect(m_deleteScheme, &QPushButton::clicked, this, &StructureYearsTab::confirmDelete);
    connect(m_tree, &QTreeView::activated, this, &StructureYearsTab::editCurrentScheme);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StructureYearsTab::updateButtons);
    connect(m_schemes, &StructureSchemesModel::failed, m_notice, &InlineMessage::showError);
    connect(m_schemes, &StructureSchemesModel::loaded, this, [this] {
        m_tree->expandAll();
        const QModelIndex wanted = m_schemes->schemeIndex(m_selectScheme);
        m_tree->setCurrentIndex(wanted.isValid() ? wanted : m_schemes->index(0, 0));
        m_selectScheme = QCborValue();
        updateButtons();
    });
    updateButtons();
}

void StructureYearsTab::setYear(const QCborMap &year)
{
    const bool sameYear = year.value(QStringLiteral("id")) == m_year.value(QStringLiteral("id"));
    m_year = year;
    m_years->table()->selectId(year.value(QStringLiteral("id")));
    m_title->setText(year.isEmpty() ? tr("Period schemes")
                                    : tr("Period schemes of %1").arg(year.value(QStringLiteral("name")).toString()));
    if (!sameYear)
        m_notice->clearMessage();
    m_schemes->load(year.value(QStringLiteral("id")).toInteger());
    updateButtons();
}

bool StructureYearsTab::schemesEditable() const
{
    return m_canEdit && !m_year.isEmpty() && stateOf(m_year) != QLatin1String("closed");
}

QCborMap StructureYearsTab::currentScheme() const
{
    return m_schemes->scheme(m_schemes->schemeRowOf(m_tree->currentIndex()));
}

void StructureYearsTab::openScheme(const QCborMap &scheme)
{
    if (!schemesEditable() || m_dialog)
        return;
    m_dialog = new StructureSchemeDialog(m_connection, m_year.value(QStringLiteral("id")).toInteger(),
                                         scheme, this);
    connect(m_dialog, &StructureFormDialog::saved, this, [this](const QCborMap &row) {
        m_notice->showInfo(tr("Saved: «%1».").arg(row.value(QStringLiteral("name")).toString()));
        m_selectScheme = row.value(QStringLiteral("id"));
        m_schemes->reload();
    });
    m_dialog->open();
}

void StructureYearsTab::editCurrentScheme()
{
    const QCborMap scheme = currentScheme();
    if (!scheme.isEmpty())
        openScheme(scheme);
}

void StructureYearsTab::confirmDelete()
{
    const QCborMap scheme = currentScheme();
    if (!schemesEditable() || scheme.isEmpty() || m_confirmation)
        return;
    const QString name = scheme.value(QStringLiteral("name")).toString();
    m_confirmation = askQuestion(
        this, tr("Delete the period scheme"),
        tr("Delete the period scheme «%1» with its periods?").arg(name), tr("Delete"),
        [this, id = scheme.value(QStringLiteral("id")), name] {
            m_connection->request(QStringLiteral("periodSchemes.delete"), {{QStringLiteral("id"), id}},
                                  this, [this, name](const Reply &reply) {
                if (!reply.ok()) {
                    m_notice->showError(tr("The scheme «%1» cannot be deleted. %2")
                                            .arg(name, StructureErrors::summary(reply)));
                    return;
                }
                m_notice->showInfo(tr("The period scheme «%1» has been deleted.").arg(name));
                m_schemes->reload();
            });
        });
}

void StructureYearsTab::updateButtons()
{
    const bool editable = schemesEditable();
    const bool chosen = !currentScheme().isEmpty();
    for (QPushButton *button : {m_newScheme, m_editScheme, m_deleteScheme})
        button->setVisible(m_canEdit);
    m_newScheme->setEnabled(editable);
    m_editScheme->setEnabled(editable && chosen);
    m_deleteScheme->setEnabled(editable && chosen);
}

} // namespace ejournal::client
