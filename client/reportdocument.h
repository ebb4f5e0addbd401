// A report's result as a printable document (the print layer, printable.h): the school and
// the report's title, its parameters, the chart when it has one, then the table split over
// A4 pages (landscape when wide) with the header row repeated, and «Страница N из M».
#pragma once

#include "printable.h"
#include "reportdefinition.h"
#include "reportresult.h"

#include <QCoreApplication>

#include <memory>

namespace ejournal::client {

class ReportDocument : public Printable
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    ReportDocument(const reports::Result &result, const QString &title, const QString &subtitle,
                   reports::ChartType chart, const QString &schoolName = {});
    ~ReportDocument() override;

    QString title() const override;
    void preparePrinter(QPrinter *printer) const override;
    bool render(QPrinter *printer) const override;
    int pageCount(QPrinter *printer) const override;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace ejournal::client
