// The designer's editor of the selected zone item: a value's aggregate (only those that suit
// the field), or a filter's operator (only those that suit it), its operands in a widget suited
// to the field, or «ask when the report runs» with the parameter possibly left out.
#pragma once

#include "reportdefinition.h"
#include "reportsoptions.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace ejournal::client {

class ReportsOperandEditor;

class ReportsItemEditor : public QWidget
{
    Q_OBJECT
public:
    // Names the run-time parameter of a filter that asks for its operands.
    using ParamNamer = std::function<QString(const reports::FilterSpec &)>;

    ReportsItemEditor(ParamNamer namer, QWidget *parent = nullptr);

    void setOptions(const ReportOptions &options) { m_options = options; }
    void showNothing();
    void showValue(const reports::Dataset &dataset, const reports::ValueSpec &value);
    void showFilter(const reports::Dataset &dataset, const reports::FilterSpec &filter);

    QComboBox *aggregateBox() const { return m_aggregate; }
    QComboBox *operatorBox() const { return m_operator; }
    QCheckBox *askBox() const { return m_ask; }
    QCheckBox *optionalBox() const { return m_optional; }
    ReportsOperandEditor *operandEditor() const { return m_operands; }

signals:
    void valueEdited(const reports::ValueSpec &value);
    void filterEdited(const reports::FilterSpec &filter);

private:
    QWidget *buildValuePage();
    QWidget *buildFilterPage();
    void rebuildOperands();
    void emitFilter();

    ParamNamer m_namer;
    ReportOptions m_options;
    const reports::Dataset *m_dataset = nullptr;
    const reports::Field *m_field = nullptr;
    reports::ValueSpec m_value;
    reports::FilterSpec m_filter;
    bool m_updating = false;

    QStackedWidget *m_pages;
    QLabel *m_valueTitle = nullptr;
    QComboBox *m_aggregate = nullptr;
    QLabel *m_filterTitle = nullptr;
    QComboBox *m_operator = nullptr;
    QCheckBox *m_ask = nullptr;
    QCheckBox *m_optional = nullptr;
    QVBoxLayout *m_operandSlot = nullptr;
    ReportsOperandEditor *m_operands = nullptr;
};

} // namespace ejournal::client
