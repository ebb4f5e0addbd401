// The dialog that closes a school year through yearClose.check and yearClose.run.
#include "yearclosedialog.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "reply.h"
#include "serverconnection.h"
#include "yearclosetext.h"

#include <QCborArray>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const int kCodeRole = Qt::UserRole;

qint64 number(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toInteger();
}
} // namespace

YearCloseDialog::YearCloseDialog(ServerConnection *connection, const QCborMap &year,
                                 QWidget *parent)
    : QDialog(parent), m_connection(connection), m_year(year), m_intro(new QLabel(this)),
      m_checks(new QTreeWidget(this)), m_order(new QLineEdit(this)), m_nextName(new QLineEdit(this)),
      m_finalGrade(new QSpinBox(this)), m_summary(new QTextBrowser(this)),
      m_notice(new InlineMessage(this)), m_recheck(new QPushButton(tr("Check &again"), this)),
      m_rehearse(new QPushButton(tr("&Dry run"), this)),
      m_close(new QPushButton(tr("C&lose the year"), this))
{
    const QString name = year.value(QStringLiteral("name")).toString();
    setWindowTitle(tr("Closing the school year %1").arg(name));
    setObjectName(QStringLiteral("yearCloseDialog"));
    resize(760, 640);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Closing makes the year %1 read-only and opens the next year from it: "
                        "periods, holidays and bells move on a year, classes go up a grade with "
                        "their students, graduates of the final grade are withdrawn, groups, "
                        "curriculum and load are copied for editing. Everything happens at once "
                        "or not at all; run it dry first to see what would change.")
                         .arg(name));
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setHeaderLabels({tr("Left to do"), tr("Count")});
    m_checks->header()->setStretchLastSection(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_order->setObjectName(QStringLiteral("orderNo"));
    m_order->setPlaceholderText(tr("e.g. № 45-у of 31.05.2027"));
    m_order->setMaxLength(100);
    m_nextName->setObjectName(QStringLiteral("nextName"));
    m_nextName->setMaxLength(50);
    m_finalGrade->setObjectName(QStringLiteral("finalGrade"));
    m_finalGrade->setRange(1, 11);
    m_finalGrade->setToolTip(tr("Students of this grade graduate; the other classes go up a grade"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlaceholderText(tr("The dry run shows here what the close would change."));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_rehearse->setObjectName(QStringLiteral("rehearse"));
    m_close->setObjectName(QStringLiteral("closeYear"));

    auto *form = new QFormLayout;
    form->addRow(tr("Order &number for the movement book:"), m_order);
    form->addRow(tr("&Next year:"), m_nextName);
    form->addRow(tr("&Final grade:"), m_finalGrade);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_recheck, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rehearse, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    layout->addWidget(m_checks, 3);
    layout->addLayout(form);
    layout->addWidget(m_summary, 2);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recheck, &QPushButton::clicked, this, &YearCloseDialog::loadChecks);
    connect(m_rehearse, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("Close the year %1 now? It cannot be reopened.")
                .arg(m_year.value(QStringLiteral("name")).toString()));
        if (answer == QMessageBox::Yes)
            run(false);
    });
    connect(m_order, &QLineEdit::textChanged, this, &YearCloseDialog::updateButtons);
    connect(m_nextName, &QLineEdit::textChanged, this, &YearCloseDialog::updateButtons);
    loadChecks();
}

void YearCloseDialog::waiveAll()
{
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_checks->topLevelItem(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(0, Qt::Checked);
    }
}

void YearCloseDialog::loadChecks()
{
    m_busy = true;
    updateButtons();
    m_connection->request(QStringLiteral("yearClose.check"),
                          {{QStringLiteral("academicYearId"), m_year.value(QStringLiteral("id"))}},
                          this, [this](const Reply &reply) {
        m_busy = false;
        if (!reply.ok())
            m_notice->showError(ErrorText::forReply(reply));
        else
            showChecks(reply.result.toMap());
        updateButtons();
    });
}

void YearCloseDialog::showChecks(const QCborMap &result)
{
    m_checks->clear();
    int open = 0;
    for (const QCborValue &value : result.value(QStringLiteral("checks")).toArray()) {
        const QCborMap check = value.toMap();
        const QString code = check.value(QStringLiteral("code")).toString();
        const qint64 count = number(check, "count");
        auto *item = new QTreeWidgetItem(m_checks, {YearCloseText::checkTitle(code),
                                                    QString::number(count)});
        item->setData(0, kCodeRole, code);
        item->setToolTip(0, YearCloseText::checkHint(code));
        if (count > 0) {
            ++open;
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, YearCloseText::checkHint(code) + u'\n'
                                    + tr("Tick to close the year without fixing this"));
        }
        const QCborArray rows = check.value(QStringLiteral("items")).toArray();
        for (const QCborValue &row : rows)
            new QTreeWidgetItem(item, {YearCloseText::item(code, row.toMap())});
        if (count > rows.size())
            new QTreeWidgetItem(item, {tr("… and %n more", nullptr, int(count - rows.size()))});
    }
    if (m_nextName->text().isEmpty())
        m_nextName->setText(result.value(QStringLiteral("nextName")).toString());
    m_finalGrade->setValue(int(number(result, "finalGrade")));
    if (open == 0)
        m_notice->showInfo(tr("Nothing is left to do: the year can be closed."));
    else
        m_notice->showInfo(tr("Fix what is listed, or tick what the school accepts as it is."));
}

QCborMap YearCloseDialog::runParams(bool dryRun) const
{
    QCborArray waive;
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_checks->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked)
            waive.append(item->data(0, kCodeRole).toString());
    }
    return {{QStringLiteral("academicYearId"), m_year.value(QStringLiteral("id"))},
            {QStringLiteral("orderNo"), m_order->text().trimmed()},
            {QStringLiteral("nextName"), m_nextName->text().trimmed()},
            {QStringLiteral("finalGrade"), m_finalGrade->value()},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("waive"), waive}};
}

void YearCloseDialog::run(bool dryRun)
{
    m_busy = true;
    updateButtons();
    m_connection->request(QStringLiteral("yearClose.run"), runParams(dryRun), this,
                          [this, dryRun](const Reply &reply) {
        m_busy = false;
        updateButtons();
        if (!reply.ok()) {
            m_notice->showError(ErrorText::forReply(reply) + u'\n' + reply.error.message);
            return;
        }
        const QCborMap result = reply.result.toMap();
        showSummary(result);
        if (dryRun) {
            m_notice->showInfo(tr("Dry run: nothing was changed."));
            return;
        }
        m_notice->showInfo(tr("The year is closed."));
        m_close->setEnabled(false);
        m_rehearse->setEnabled(false);
        emit closed(number(result.value(QStringLiteral("nextYear")).toMap(), "id"));
    });
}

void YearCloseDialog::showSummary(const QCborMap &r)
{
    const QCborMap next = r.value(QStringLiteral("nextYear")).toMap();
    QStringList classes;
    for (const QCborValue &c : r.value(QStringLiteral("classes")).toArray())
        classes << QStringLiteral("%1 → %2").arg(c.toMap().value(QStringLiteral("from")).toString(),
                                                  c.toMap().value(QStringLiteral("to")).toString());
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(r.value(QStringLiteral("dryRun")).toBool()
                                ? tr("The close would make these changes:")
                                : tr("The close made these changes:"));
    const auto line = [&html](const QString &text) {
        html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    };
    const auto dateOf = [&next](const char *key) {
        return QDate::fromString(next.value(QLatin1String(key)).toString(), Qt::ISODate)
            .toString(QStringLiteral("dd.MM.yyyy"));
    };
    line(tr("next year %1 from %2 to %3")
             .arg(next.value(QStringLiteral("name")).toString(), dateOf("startsOn"),
                  dateOf("endsOn")));
    line(tr("%n period(s) in new schemes", nullptr, int(number(r, "periods"))));
    line(tr("%n holiday(s) moved to next year", nullptr, int(number(r, "holidays"))));
    line(tr("classes: %1").arg(classes.isEmpty() ? tr("none") : classes.join(QStringLiteral(", "))));
    line(tr("%n student(s) go up a grade", nullptr, int(number(r, "promoted"))));
    line(tr("%n graduate(s) withdrawn", nullptr, int(number(r, "graduates"))));
    line(tr("%n group(s) with %1 member(s) copied", nullptr, int(number(r, "groups")))
             .arg(number(r, "groupMembers")));
    line(tr("%n curriculum row(s) and %1 load item(s) copied", nullptr,
            int(number(r, "curriculumRows"))).arg(number(r, "assignments")));
    m_summary->setHtml(html + QStringLiteral("</ul>"));
}

void YearCloseDialog::updateButtons()
{
    const bool ready = !m_busy && !m_order->text().trimmed().isEmpty()
        && !m_nextName->text().trimmed().isEmpty();
    m_recheck->setEnabled(!m_busy);
    m_rehearse->setEnabled(ready);
    m_close->setEnabled(ready);
}

} // namespace ejournal::client
