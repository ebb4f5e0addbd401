// The operands of a report filter or parameter, edited with a widget that suits the field and
// the operator: a list of names for references (ids from reports.options), a period, dates
// (dd.MM.yyyy), numbers, text, yes/no, two of them for "between", ticks for "one of".
// Used by the run-time parameters dialog and by the designer's filter editor.
#pragma once

#include "reportcatalogue.h"
#include "reportsoptions.h"

#include <QCborValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;

namespace ejournal::client {

class ReportsOperandEditor : public QWidget
{
    Q_OBJECT
public:
    // mayBeAny: the operands may be left out («любой»), for optional parameters.
    ReportsOperandEditor(const reports::Field &field, reports::FilterOp op,
                         const ReportOptions &options, bool mayBeAny, QWidget *parent = nullptr);

    // The operands in the wire form (reportdefinition.h); undefined when left out or incomplete.
    QCborValue value() const;
    void setValue(const QCborValue &value);
    // The chosen operands as the user reads them ("1 четверть", "01.09.2026 – 31.10.2026").
    QString text() const;
    // The widget that takes the keyboard focus (for labels' buddies).
    QWidget *editor() const;

signals:
    void changed();

private:
    void buildChoice(reports::RefKind kind);
    void buildChecks(reports::RefKind kind);
    QWidget *buildScalar();
    QCborValue scalarValue(QWidget *part) const;
    void setScalar(QWidget *part, const QCborValue &value);
    QString scalarText(QWidget *part) const;

    reports::Field m_field;
    reports::FilterOp m_op;
    ReportOptions m_options;
    bool m_mayBeAny;
    QComboBox *m_choice = nullptr;
    QListWidget *m_checks = nullptr;
    QCheckBox *m_given = nullptr;
    QList<QWidget *> m_parts;
};

} // namespace ejournal::client
