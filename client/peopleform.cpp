// Forms that show server refusals next to their fields, and record choice boxes.
#include "peopleform.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "peopletext.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ejournal::client {

FormDialog::FormDialog(ServerConnection *connection, const QString &title, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_message(new InlineMessage(this)),
      m_form(new QFormLayout)
{
    setWindowTitle(title);
    setMinimumWidth(460);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Save"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FormDialog::problem(const QString &param) const
{
    const QLabel *label = m_problems.value(param);
    return label && !label->isHidden() ? label->text() : QString();
}

void FormDialog::addField(const QString &label, QWidget *field, const QStringList &params)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *problemLabel = new QLabel(cell);
    problemLabel->setObjectName(QStringLiteral("problem_") + params.value(0));
    problemLabel->setWordWrap(true);
    problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problemLabel->hide();
    column->addWidget(problemLabel);
    for (const QString &param : params)
        m_problems.insert(param, problemLabel);
    m_form->addRow(label, cell);
}

void FormDialog::addNameFields(QWidget *last, QWidget *first, QWidget *middle)
{
    addField(tr("Last name:"), last, {QStringLiteral("lastName")});
    addField(tr("First name:"), first, {QStringLiteral("firstName")});
    addField(tr("Middle name:"), middle, {QStringLiteral("middleName")});
}

void FormDialog::submit(const QString &method, const QCborMap &params)
{
    m_save->setEnabled(false);
    m_connection->request(method, params, this, [this](const Reply &reply) {
        m_save->setEnabled(true);
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        emit saved(reply.result);
        accept();
    });
}

void FormDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

void FormDialog::showFailure(const Reply &reply)
{
    clearProblems();
    QStringList unplaced;
    QWidget *first = nullptr;
    const QCborMap details = reply.error.details;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString text = PeopleText::problem(it.value().toString());
        QLabel *label = m_problems.value(it.key().toString());
        if (!label) {
            unplaced.append(text);
            continue;
        }
        label->setText(label->isHidden() ? text : label->text() + QLatin1Char('\n') + text);
        label->show();
        if (!first)
            first = label->parentWidget()->layout()->itemAt(0)->widget();
    }
    QString text = reply.isError(ErrorCode::Forbidden) && !m_forbiddenText.isEmpty()
        ? m_forbiddenText : ErrorText::forReply(reply);
    if (reply.isError(ErrorCode::Invalid) && !unplaced.isEmpty())
        text += QLatin1Char(' ') + unplaced.join(QLatin1Char(' '));
    m_message->showError(text);
    // Room for the message and the problems, so no field is squeezed.
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
    if (first)
        first->setFocus();
}

void fitColumns(RecordsTable *table, int maxWidth)
{
    auto fit = [table, maxWidth] {
        QTableView *view = table->view();
        view->horizontalHeader()->setStretchLastSection(false);
        view->resizeColumnsToContents();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, qMin(view->columnWidth(column) + 12, maxWidth));
    };
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, fit);
}

void addKey(QWidget *scope, const QKeySequence &key, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(key, scope);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, scope, action);
}

QDateEdit *makeDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

void loadChoices(ServerConnection *connection, QComboBox *combo, const QString &method,
                 const QCborMap &params, const std::function<QString(const QCborMap &)> &text,
                 const QString &none, qint64 selectedId,
                 const std::function<void(const QCborArray &)> &done)
{
    combo->setEnabled(false);
    connection->request(method, params, combo, [=](const Reply &reply) {
        combo->setEnabled(true);
        const qint64 keep = combo->count() > 0 ? choiceId(combo) : selectedId;
        combo->clear();
        if (!none.isEmpty())
            combo->addItem(none, qint64(0));
        const QCborArray rows = reply.result.toArray();
        for (const QCborValue &row : rows)
            combo->addItem(text(row.toMap()), rowId(row.toMap()));
        selectChoice(combo, keep ? keep : selectedId);
        if (done)
            done(rows);
    });
}

void loadClassChoices(ServerConnection *connection, QComboBox *combo, bool openYears,
                      const QString &none, qint64 selectedId,
                      const std::function<void(const QCborArray &)> &done)
{
    combo->setEnabled(false);
    connection->request(QStringLiteral("years.list"), {}, combo, [=](const Reply &reply) {
        QCborArray years;
        for (const QCborValue &year : reply.result.toArray()) {
            const QString state = rowText(year.toMap(), "state");
            if (openYears ? state != QLatin1String("closed") : state == QLatin1String("active"))
                years.append(year);
        }
        if (years.isEmpty() && !reply.result.toArray().isEmpty())
            years.append(reply.result.toArray().at(0));
        // Oldest year first, each year's classes in the server's order.
        auto classes = std::make_shared<QCborArray>();
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        // Each request's handler keeps the chain alive; the chain itself holds no reference.
        *next = [=, self = std::weak_ptr(next)](qsizetype i) {
            if (i < 0) {
                combo->setEnabled(true);
                const qint64 keep = combo->count() > 0 ? choiceId(combo) : selectedId;
                combo->clear();
                if (!none.isEmpty())
                    combo->addItem(none, qint64(0));
                for (const QCborValue &row : std::as_const(*classes)) {
                    const QString name = rowText(row.toMap(), "name");
                    combo->addItem(years.size() > 1 ? QStringLiteral("%1 (%2)").arg(
                                       name, row.toMap().value(QLatin1String("yearName")).toString())
                                                    : name,
                                   rowId(row.toMap()));
                }
                selectChoice(combo, keep ? keep : selectedId);
                if (done)
                    done(*classes);
                return;
            }
            const QCborMap year = years.at(i).toMap();
            connection->request(QStringLiteral("classes.list"),
                                {{QStringLiteral("academicYearId"), rowId(year)}}, combo,
                                [=, chain = self.lock()](const Reply &list) {
                                    for (const QCborValue &row : list.result.toArray()) {
                                        QCborMap withYear = row.toMap();
                                        withYear.insert(QStringLiteral("yearName"), year.value(QLatin1String("name")));
                                        classes->append(withYear);
                                    }
                                    (*chain)(i - 1);
                                });
        };
        (*next)(years.size() - 1);
    });
}

qint64 choiceId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

bool selectChoice(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index >= 0;
}

} // namespace ejournal::client
