// Editing the selected value or filter of the report designer.
#include "reportsitemeditor.h"

#include "reportsoperandeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ejournal::client {

using reports::Aggregate;
using reports::FilterOp;

namespace {
QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}
} // namespace

ReportsItemEditor::ReportsItemEditor(ParamNamer namer, QWidget *parent)
    : QWidget(parent), m_namer(std::move(namer)), m_pages(new QStackedWidget(this))
{
    auto *hint = new QLabel(tr("Select a value or a filter in the zones to set how it counts "
                               "or what it keeps."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_pages->addWidget(hint);
    m_pages->addWidget(buildValuePage());
    m_pages->addWidget(buildFilterPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget *ReportsItemEditor::buildValuePage()
{
    auto *page = new QWidget(this);
    m_valueTitle = titleLabel(page);
    m_aggregate = new QComboBox(page);
    m_aggregate->setObjectName(QStringLiteral("valueAggregate"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_valueTitle);
    form->addRow(tr("&Count as:"), m_aggregate);
    connect(m_aggregate, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || m_aggregate->currentIndex() < 0)
            return;
        m_value.aggregate = Aggregate(m_aggregate->currentData().toInt());
        emit valueEdited(m_value);
    });
    return page;
}

QWidget *ReportsItemEditor::buildFilterPage()
{
    auto *page = new QWidget(this);
    m_filterTitle = titleLabel(page);
    m_operator = new QComboBox(page);
    m_operator->setObjectName(QStringLiteral("filterOperator"));
    m_ask = new QCheckBox(tr("&Ask when the report runs"), page);
    m_ask->setObjectName(QStringLiteral("filterAsk"));
    m_optional = new QCheckBox(tr("May be left as «any»"), page);
    m_optional->setObjectName(QStringLiteral("filterOptional"));
    m_operandSlot = new QVBoxLayout;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_filterTitle);
    form->addRow(tr("C&ondition:"), m_operator);
    form->addRow(tr("Value:"), m_operandSlot);
    form->addRow(m_ask);
    form->addRow(m_optional);
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || m_operator->currentIndex() < 0)
            return;
        m_filter.op = FilterOp(m_operator->currentData().toInt());
        rebuildOperands();
        emitFilter();
    });
    connect(m_ask, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            emitFilter();
    });
    connect(m_optional, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            emitFilter();
    });
    return page;
}

void ReportsItemEditor::showNothing()
{
    m_pages->setCurrentIndex(0);
    m_field = nullptr;
}

void ReportsItemEditor::showValue(const reports::Dataset &dataset, const reports::ValueSpec &value)
{
    m_field = reports::findField(dataset, value.field);
    if (!m_field) {
        showNothing();
        return;
    }
    m_dataset = &dataset;
    m_value = value;
    m_updating = true;
    m_valueTitle->setText(tr("Value: %1").arg(reports::caption(m_field->caption)));
    m_aggregate->clear();
    for (Aggregate aggregate : reports::allAggregates())
        if (reports::aggregateAllows(dataset, *m_field, aggregate))
            m_aggregate->addItem(reports::aggregateCaption(aggregate), int(aggregate));
    m_aggregate->setCurrentIndex(m_aggregate->findData(int(value.aggregate)));
    m_updating = false;
    m_pages->setCurrentIndex(1);
}

void ReportsItemEditor::showFilter(const reports::Dataset &dataset, const reports::FilterSpec &filter)
{
    m_field = reports::findField(dataset, filter.field);
    if (!m_field) {
        showNothing();
        return;
    }
    m_dataset = &dataset;
    m_filter = filter;
    m_updating = true;
    m_filterTitle->setText(tr("Filter: %1").arg(reports::caption(m_field->caption)));
    m_operator->clear();
    for (FilterOp op : reports::allFilterOps())
        if (reports::filterAllows(*m_field, op))
            m_operator->addItem(reports::filterOpCaption(op), int(op));
    m_operator->setCurrentIndex(m_operator->findData(int(filter.op)));
    m_ask->setChecked(!filter.param.isEmpty());
    m_optional->setChecked(filter.optional);
    rebuildOperands();
    m_optional->setEnabled(m_ask->isChecked());
    m_operands->setEnabled(!m_ask->isChecked());
    m_updating = false;
    m_pages->setCurrentIndex(2);
}

void ReportsItemEditor::rebuildOperands()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    delete m_operands;
    m_operands = new ReportsOperandEditor(*m_field, m_filter.op, m_options, false, this);
    m_operands->setObjectName(QStringLiteral("filterValue"));
    if (reports::checkOperands(*m_field, m_filter.op, m_filter.value).isEmpty())
        m_operands->setValue(m_filter.value);
    m_operandSlot->addWidget(m_operands);
    connect(m_operands, &ReportsOperandEditor::changed, this, [this] {
        if (!m_updating)
            emitFilter();
    });
    m_updating = wasUpdating;
}

void ReportsItemEditor::emitFilter()
{
    const bool ask = m_ask->isChecked();
    m_optional->setEnabled(ask);
    m_operands->setEnabled(!ask);
    m_filter.optional = ask && m_optional->isChecked();
    m_filter.param.clear();
    m_filter.value = QCborValue();
    if (ask)
        m_filter.param = m_namer(m_filter);
    else
        m_filter.value = m_operands->value();
    emit filterEdited(m_filter);
}

} // namespace ejournal::client
