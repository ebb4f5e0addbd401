// The parameters a report asks for when it runs (Definition::params()): one row per parameter
// with a widget suited to it (a period, a class, dates …); optional ones may stay «любой».
// Also used unseen by the designer's preview: its fresh widgets give sensible defaults.
#pragma once

#include "reportdefinition.h"
#include "reportsoptions.h"

#include <QCborMap>
#include <QDialog>

class QLabel;

namespace ejournal::client {

class ReportsOperandEditor;

class ReportsParamsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportsParamsDialog(const reports::Definition &definition, const ReportOptions &options,
                        const QCborMap &last, const QString &title, QWidget *parent = nullptr);

    // Parameter name → operands, for the parameters given.
    QCborMap values() const;
    // "Период: 1 четверть; Класс: любой", for the result's subtitle.
    QString summary() const;
    ReportsOperandEditor *editor(const QString &param) const;

    // How a parameter is named to the user: its field's caption, or "Period" for a period.
    static QString label(const reports::Definition &definition, const reports::Definition::Param &param);

    void accept() override;

private:
    struct Row
    {
        reports::Definition::Param param;
        QString label;
        ReportsOperandEditor *editor;
        QLabel *problem;
    };
    QList<Row> m_rows;
};

} // namespace ejournal::client
