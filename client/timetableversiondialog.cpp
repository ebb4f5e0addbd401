// The timetable version form.
#include "timetableversiondialog.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "serverconnection.h"
#include "structureerrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color:#b00020"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

TimetableVersionDialog::TimetableVersionDialog(ServerConnection *connection, qint64 yearId,
                                               const QCborArray &versions,
                                               const QDate &suggestedStart, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_yearId(yearId)
{
    m_copy = new QComboBox(this);
    m_copy->setObjectName(QStringLiteral("copyFrom"));
    m_copy->addItem(tr("Empty timetable"), 0);
    for (const QCborValue &value : versions) {
        const QCborMap v = value.toMap();
        m_copy->addItem(tr("Copy of «%1»").arg(v.value(QLatin1String("name")).toString()),
                        v.value(QLatin1String("id")).toInteger());
    }
    if (m_copy->count() > 1)
        m_copy->setCurrentIndex(m_copy->count() - 1);
    build(tr("New timetable version"));
    m_start->setDate(suggestedStart);
    m_name->setText(tr("Timetable from %1").arg(suggestedStart.toString(QStringLiteral("dd.MM.yyyy"))));
    m_name->selectAll();
}

TimetableVersionDialog::TimetableVersionDialog(ServerConnection *connection, const QCborMap &version,
                                               QWidget *parent)
    : QDialog(parent), m_connection(connection),
      m_versionId(version.value(QLatin1String("id")).toInteger())
{
    build(tr("Timetable version"));
    m_name->setText(version.value(QLatin1String("name")).toString());
    m_start->setDate(QDate::fromString(version.value(QLatin1String("validFrom")).toString(), Qt::ISODate));
}

void TimetableVersionDialog::build(const QString &title)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("timetableVersionDialog"));
    m_message = new InlineMessage(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("validFrom"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_nameProblem = problemLabel(this);
    m_startProblem = problemLabel(this);
    m_copyProblem = problemLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Valid from:"), m_start);
    form->addRow(QString(), m_startProblem);
    if (m_copy) {
        form->addRow(tr("&Entries:"), m_copy);
        form->addRow(QString(), m_copyProblem);
    }
    auto *hint = new QLabel(tr("A version is in force from this date until the next version "
                               "starts (or the year ends); the earlier ones keep their history."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:#555555"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, &TimetableVersionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TimetableVersionDialog::problem(const QString &reason)
{
    static const QRegularExpression lessons(QStringLiteral("^(\\d+) dated lessons come from it$"));
    const QRegularExpressionMatch match = lessons.match(reason);
    if (match.hasMatch())
        return tr("%n dated lesson(s) were generated from this version.", "",
                  match.captured(1).toInt());
    if (reason == QLatin1String("another version starts on this date"))
        return tr("Another version of the timetable already starts on this day.");
    if (reason == QLatin1String("belongs to another academic year"))
        return tr("This version belongs to another school year.");
    return StructureErrors::problem(reason);
}

void TimetableVersionDialog::submit()
{
    if (m_sending)
        return;
    m_message->clearMessage();
    showProblem(m_nameProblem, {});
    showProblem(m_startProblem, {});
    showProblem(m_copyProblem, {});
    QCborMap params{{QStringLiteral("name"), m_name->text().trimmed()},
                    {QStringLiteral("validFrom"), m_start->date().toString(Qt::ISODate)}};
    QString method = QStringLiteral("timetable.updateVersion");
    if (m_versionId != 0) {
        params.insert(QStringLiteral("id"), m_versionId);
    } else {
        method = QStringLiteral("timetable.createVersion");
        params.insert(QStringLiteral("academicYearId"), m_yearId);
        if (const qint64 from = m_copy->currentData().toLongLong())
            params.insert(QStringLiteral("copyFromVersionId"), from);
    }
    m_sending = true;
    m_connection->request(method, params, this, [this](const Reply &reply) {
        m_sending = false;
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        emit saved(reply.result.toMap());
        accept();
    });
}

void TimetableVersionDialog::showFailure(const Reply &reply)
{
    if (!reply.isError(ErrorCode::Invalid)) {
        m_message->showError(ErrorText::forReply(reply));
        return;
    }
    const QCborMap &details = reply.error.details;
    QStringList lines;
    const auto mark = [&](const char *key, QLabel *label, QWidget *field) {
        const QString reason = details.value(QLatin1String(key)).toString();
        if (reason.isEmpty())
            return;
        const QString text = problem(reason);
        showProblem(label, text);
        lines.append(text);
        field->setFocus();
    };
    mark("copyFromVersionId", m_copyProblem, m_copy ? static_cast<QWidget *>(m_copy) : m_name);
    mark("validFrom", m_startProblem, m_start);
    mark("id", m_startProblem, m_start);
    mark("academicYearId", m_startProblem, m_start);
    mark("name", m_nameProblem, m_name);
    m_message->showError(lines.isEmpty() ? ErrorText::forReply(reply) : tr("The version was not saved."));
}

} // namespace ejournal::client
