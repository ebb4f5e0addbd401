// Editing a filter's operands with widgets that suit the field's type.
#include "reportsoperandeditor.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace ejournal::client {

using reports::FieldType;
using reports::FilterOp;
using reports::RefKind;

namespace {
constexpr int kIdRole = Qt::UserRole;

QString dateFormat()
{
    return QStringLiteral("dd.MM.yyyy");
}

QDate periodStart(const ReportOptions &options)
{
    const qint64 id = options.periodAround(QDate::currentDate());
    for (const ReportOption &period : options.list(RefKind::Period))
        if (period.id == id && period.startsOn.isValid())
            return period.startsOn;
    return QDate::currentDate();
}

bool isListText(const reports::Field &field, FilterOp op)
{
    return op == FilterOp::In && field.type != FieldType::Ref;
}
} // namespace

ReportsOperandEditor::ReportsOperandEditor(const reports::Field &field, FilterOp op,
                                           const ReportOptions &options, bool mayBeAny,
                                           QWidget *parent)
    : QWidget(parent), m_field(field), m_op(op), m_options(options), m_mayBeAny(mayBeAny)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int operands = reports::operandCount(op);
    if (operands == 0) {
        layout->addWidget(new QLabel(tr("(no value needed)"), this));
        return;
    }
    if (op == FilterOp::InPeriod) {
        buildChoice(RefKind::Period);
        return;
    }
    if (field.type == FieldType::Ref) {
        if (op == FilterOp::In)
            buildChecks(field.ref);
        else
            buildChoice(field.ref);
        return;
    }
    if (mayBeAny) {
        m_given = new QCheckBox(tr("set:"), this);
        m_given->setToolTip(tr("Leave unticked to include every value"));
        layout->addWidget(m_given);
        connect(m_given, &QCheckBox::toggled, this, [this](bool on) {
            for (QWidget *part : std::as_const(m_parts))
                part->setEnabled(on);
            emit changed();
        });
    }
    for (int i = 0; i < qMax(1, operands); ++i) {
        if (i > 0)
            layout->addWidget(new QLabel(QStringLiteral("–"), this));
        QWidget *part = buildScalar();
        part->setEnabled(!m_given);
        layout->addWidget(part, 1);
        m_parts.append(part);
    }
    // A range of dates starts with the current period, so that it is a sensible default.
    if (field.type == FieldType::Date && op == FilterOp::Between)
        setScalar(m_parts.first(), periodStart(options).toString(Qt::ISODate));
}

void ReportsOperandEditor::buildChoice(RefKind kind)
{
    m_choice = new QComboBox(this);
    if (m_mayBeAny)
        m_choice->addItem(tr("any"));
    for (const ReportOption &option : m_options.list(kind))
        m_choice->addItem(option.name, option.id);
    if (kind == RefKind::Period && !m_mayBeAny) {
        const qint64 around = m_options.periodAround(QDate::currentDate());
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(around)));
    }
    layout()->addWidget(m_choice);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ReportsOperandEditor::changed);
}

void ReportsOperandEditor::buildChecks(RefKind kind)
{
    m_checks = new QListWidget(this);
    m_checks->setMaximumHeight(120);
    for (const ReportOption &option : m_options.list(kind)) {
        auto *item = new QListWidgetItem(option.name, m_checks);
        item->setData(kIdRole, option.id);
        item->setCheckState(Qt::Unchecked);
    }
    layout()->addWidget(m_checks);
    connect(m_checks, &QListWidget::itemChanged, this, &ReportsOperandEditor::changed);
}

QWidget *ReportsOperandEditor::buildScalar()
{
    if (isListText(m_field, m_op)) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("values separated by ;"));
        connect(edit, &QLineEdit::textChanged, this, &ReportsOperandEditor::changed);
        return edit;
    }
    switch (m_field.type) {
    case FieldType::Date: {
        auto *edit = new QDateEdit(QDate::currentDate(), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
        connect(edit, &QDateEdit::dateChanged, this, &ReportsOperandEditor::changed);
        return edit;
    }
    case FieldType::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(-1000000, 1000000);
        connect(spin, &QSpinBox::valueChanged, this, &ReportsOperandEditor::changed);
        return spin;
    }
    case FieldType::Number:
    case FieldType::Mark: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1000000, 1000000);
        spin->setDecimals(2);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ReportsOperandEditor::changed);
        return spin;
    }
    case FieldType::Flag: {
        auto *box = new QComboBox(this);
        box->addItem(tr("yes"), 1);
        box->addItem(tr("no"), 0);
        connect(box, &QComboBox::currentIndexChanged, this, &ReportsOperandEditor::changed);
        return box;
    }
    case FieldType::Text:
    case FieldType::Ref:
        break;
    }
    auto *edit = new QLineEdit(this);
    connect(edit, &QLineEdit::textChanged, this, &ReportsOperandEditor::changed);
    return edit;
}

QCborValue ReportsOperandEditor::scalarValue(QWidget *part) const
{
    if (auto *date = qobject_cast<QDateEdit *>(part))
        return date->date().toString(Qt::ISODate);
    if (auto *spin = qobject_cast<QSpinBox *>(part))
        return qint64(spin->value());
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(part))
        return spin->value();
    if (auto *box = qobject_cast<QComboBox *>(part))
        return qint64(box->currentData().toInt());
    const QString text = qobject_cast<QLineEdit *>(part)->text().trimmed();
    if (text.isEmpty())
        return QCborValue(QCborValue::Undefined);
    if (!isListText(m_field, m_op))
        return text;
    QCborArray values;
    for (const QString &piece : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString item = piece.trimmed();
        if (m_field.type == FieldType::Date)
            values.append(QLocale().toDate(item, dateFormat()).toString(Qt::ISODate));
        else if (m_field.type == FieldType::Integer || m_field.type == FieldType::Flag)
            values.append(qint64(QLocale().toLongLong(item)));
        else if (m_field.type == FieldType::Number || m_field.type == FieldType::Mark)
            values.append(QLocale().toDouble(item));
        else
            values.append(item);
    }
    return values;
}

void ReportsOperandEditor::setScalar(QWidget *part, const QCborValue &value)
{
    if (auto *date = qobject_cast<QDateEdit *>(part))
        date->setDate(QDate::fromString(value.toString(), Qt::ISODate));
    else if (auto *spin = qobject_cast<QSpinBox *>(part))
        spin->setValue(int(value.toInteger()));
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(part))
        spin->setValue(value.toDouble());
    else if (auto *box = qobject_cast<QComboBox *>(part))
        box->setCurrentIndex(qMax(0, box->findData(int(value.toInteger()))));
    else if (value.isArray()) {
        QStringList texts;
        for (const QCborValue &item : value.toArray())
            texts.append(item.isString() ? item.toString() : QLocale().toString(item.toDouble()));
        qobject_cast<QLineEdit *>(part)->setText(texts.join(QStringLiteral("; ")));
    } else {
        qobject_cast<QLineEdit *>(part)->setText(value.toString());
    }
}

QString ReportsOperandEditor::scalarText(QWidget *part) const
{
    if (auto *date = qobject_cast<QDateEdit *>(part))
        return date->date().toString(dateFormat());
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(part))
        return spin->text();
    if (auto *box = qobject_cast<QComboBox *>(part))
        return box->currentText();
    return qobject_cast<QLineEdit *>(part)->text().trimmed();
}

QCborValue ReportsOperandEditor::value() const
{
    const QCborValue none(QCborValue::Undefined);
    if (m_choice) {
        const QVariant id = m_choice->currentData();
        return id.isValid() ? QCborValue(id.toLongLong()) : none;
    }
    if (m_checks) {
        QCborArray ids;
        for (int i = 0; i < m_checks->count(); ++i)
            if (m_checks->item(i)->checkState() == Qt::Checked)
                ids.append(m_checks->item(i)->data(kIdRole).toLongLong());
        return ids.isEmpty() ? none : QCborValue(ids);
    }
    if (m_parts.isEmpty() || (m_given && !m_given->isChecked()))
        return none;
    if (m_parts.size() == 1)
        return scalarValue(m_parts.first());
    QCborArray pair;
    for (QWidget *part : m_parts) {
        const QCborValue operand = scalarValue(part);
        if (operand.isUndefined())
            return none;
        pair.append(operand);
    }
    return pair;
}

void ReportsOperandEditor::setValue(const QCborValue &value)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (m_choice) {
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(value.toInteger())));
        return;
    }
    if (m_checks) {
        const QCborArray ids = value.toArray();
        for (int i = 0; i < m_checks->count(); ++i) {
            const bool on = ids.contains(QCborValue(m_checks->item(i)->data(kIdRole).toLongLong()));
            m_checks->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        return;
    }
    if (m_given)
        m_given->setChecked(true);
    if (m_parts.size() == 1)
        setScalar(m_parts.first(), value);
    else
        for (int i = 0; i < m_parts.size(); ++i)
            setScalar(m_parts.at(i), value.toArray().at(i));
}

QString ReportsOperandEditor::text() const
{
    if (value().isUndefined())
        return reports::operandCount(m_op) == 0 ? QString() : tr("any");
    if (m_choice)
        return m_choice->currentText();
    if (m_checks) {
        QStringList names;
        for (int i = 0; i < m_checks->count(); ++i)
            if (m_checks->item(i)->checkState() == Qt::Checked)
                names.append(m_checks->item(i)->text());
        return names.join(QStringLiteral(", "));
    }
    QStringList texts;
    for (QWidget *part : m_parts)
        texts.append(scalarText(part));
    return texts.join(QStringLiteral(" – "));
}

QWidget *ReportsOperandEditor::editor() const
{
    if (m_choice)
        return m_choice;
    if (m_checks)
        return m_checks;
    if (m_given)
        return m_given;
    return m_parts.isEmpty() ? nullptr : m_parts.first();
}

} // namespace ejournal::client
