// plan.import: a load's КТП from a CSV file (UTF-8 with or without BOM or Windows-1251;
// ';', ',' or tab between fields), columns by their titles. Every problem of every row is
// reported with its line; a file with any problem imports nothing.
#include "import_sheet.h"
#include "plan_common.h"
#include "plan_handlers.h"

#include <QRegularExpression>

namespace ejournal::server::handlers::plan {

namespace {
const QString kNo = QStringLiteral("№");
const QString kSection = QStringLiteral("Раздел");
const QString kTopic = QStringLiteral("Тема");
const QString kHours = QStringLiteral("Часы");
const QString kDate = QStringLiteral("Дата");
const QString kHomework = QStringLiteral("Домашнее задание");
const QString kControl = QStringLiteral("Контрольная");

// How many tabs, ';' and ',' stand outside quotes on the first non-blank line.
struct DelimiterCounts
{
    int tabs = 0;
    int semicolons = 0;
    int commas = 0;
};

DelimiterCounts firstLineDelimiters(const QByteArray &data)
{
    DelimiterCounts counts;
    bool quoted = false;
    bool seenText = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r') && seenText)
            break;
        else if (!quoted && c == '\t')
            ++counts.tabs;
        else if (!quoted && c == ';')
            ++counts.semicolons;
        else if (!quoted && c == ',')
            ++counts.commas;
        seenText = seenText || !QChar::isSpace(uchar(c));
    }
    return counts;
}

// The field as a ';'-separated CSV field: quoted when it holds ';' or '"'.
QByteArray csvField(const QByteArray &field)
{
    if (field.startsWith('"') || (!field.contains(';') && !field.contains('"')))
        return field;
    return '"' + QByteArray(field).replace("\"", "\"\"") + '"';
}

// A tab-separated file rewritten with ';' (quoted fields kept, fields holding ';' quoted);
// any other file as it is. Bytes, not text: tab, ';', '"' and line ends are the same single
// bytes in UTF-8 and Windows-1251, so the encoding is still found by the CSV reader.
QByteArray withoutTabs(const QByteArray &data)
{
    const DelimiterCounts counts = firstLineDelimiters(data);
    if (counts.tabs <= counts.semicolons || counts.tabs <= counts.commas)
        return data;
    QByteArray out;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quoted) {
            field += c;
            if (c == '"' && i + 1 < data.size() && data.at(i + 1) == '"')
                field += data.at(++i);
            else if (c == '"')
                quoted = false;
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
            field += c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            out += csvField(field) + (c == '\t' ? ';' : c);
            field.clear();
        } else {
            field += c;
        }
    }
    return out + csvField(field);
}

double rowHours(import::ImportRow &row)
{
    const QString text = row.value(kHours);
    if (text.isEmpty())
        return 1;
    bool ok = false;
    const std::optional<double> hours =
        tenthsUpTo(QString(text).replace(u',', u'.').toDouble(&ok), 99);
    if (!ok || !hours) {
        row.problem(kHours, text, QStringLiteral("ожидается число часов от 0,1 до 99"));
        return 1;
    }
    return *hours;
}

QDate rowDate(import::ImportRow &row, const YearInfo &year)
{
    static const QRegularExpression isoPattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = row.value(kDate);
    QDate date;
    if (isoPattern.match(text).hasMatch()) {
        date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            row.problem(kDate, text, QStringLiteral("нет такой даты"));
    } else {
        date = row.date(kDate);
    }
    if (date.isValid() && (date < year.startsOn || date > year.endsOn)) {
        row.problem(kDate, text, QStringLiteral("вне учебного года %1 (%2 – %3)")
                                     .arg(year.name, import::russianDate(year.startsOn),
                                          import::russianDate(year.endsOn)));
        return {};
    }
    return date;
}

bool rowControl(import::ImportRow &row)
{
    const QString text = import::fold(row.value(kControl));
    static const QStringList yes{QStringLiteral("да"), QStringLiteral("д"), QStringLiteral("+"),
                                 QStringLiteral("1")};
    static const QStringList no{QString(), QStringLiteral("нет"), QStringLiteral("н"),
                                QStringLiteral("-"), QStringLiteral("0")};
    if (!yes.contains(text) && !no.contains(text))
        row.problem(kControl, row.value(kControl), QStringLiteral("ожидается «да» или «нет»"));
    return yes.contains(text);
}

PlanItem readRow(import::ImportRow &row, const YearInfo &year)
{
    PlanItem item;
    item.topic = row.required(kTopic);
    item.section = row.value(kSection);
    item.hours = rowHours(row);
    item.plannedOn = rowDate(row, year);
    item.homework = row.value(kHomework);
    item.controlWork = rowControl(row);
    return item;
}

QCborMap previewRow(int line, const PlanItem &item)
{
    QCborMap row = itemFields(item);
    row.insert(QStringLiteral("line"), line);
    return row;
}

// `invalid` listing each broken row as details "row N" and the file's own problems.
void requireClean(import::Sheet &sheet)
{
    if (sheet.clean())
        return;
    QCborMap details;
    int broken = 0;
    for (const import::ImportRow &row : sheet.rows()) {
        if (row.problems.isEmpty())
            continue;
        ++broken;
        details.insert(QStringLiteral("row %1").arg(row.line), row.problems.join(u"; "));
    }
    const QCborArray fileProblems =
        sheet.preview().value(QStringLiteral("fileProblems")).toArray();
    QStringList fileTexts;
    for (const QCborValue &problem : fileProblems)
        fileTexts.append(problem.toString());
    if (!fileTexts.isEmpty())
        details.insert(QStringLiteral("file"), fileTexts.join(u"; "));
    details.insert(QStringLiteral("content"),
                   QStringLiteral("%1 rows with problems").arg(broken + int(!fileTexts.isEmpty())));
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the КТП file has problems in %1 rows%2; nothing was imported")
                   .arg(broken)
                   .arg(fileTexts.isEmpty() ? QString()
                                            : QStringLiteral(" and in the file as a whole")),
               details);
}
} // namespace

QCborValue importPlan(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(QStringLiteral("assignmentId"));
    const bool replace = ctx.params.value(QStringLiteral("replace")).toBool();
    const bool dryRun = ctx.params.value(QStringLiteral("dryRun")).toBool();
    const YearInfo year = requireWritable(ctx, assignmentId);
    import::Sheet sheet(withoutTabs(ctx.params.value(QStringLiteral("content")).toByteArray()),
                        {kNo, kSection, kTopic, kHours, kDate, kHomework, kControl}, {kTopic});
    QList<PlanItem> items;
    QCborArray rows;
    for (import::ImportRow &row : sheet.rows()) {
        items.append(readRow(row, year));
        rows.append(previewRow(row.line, items.last()));
    }
    requireClean(sheet);
    int written = 0;
    if (dryRun) {
        ctx.rehearse([&] { written = writeWholePlan(ctx, assignmentId, items, replace); });
    } else {
        ctx.write([&](AuditRecord &audit) {
            requireWritable(ctx, assignmentId);
            written = writeWholePlan(ctx, assignmentId, items, replace);
            audit = {QStringLiteral("plan.import"), QStringLiteral("assignment"),
                     QString::number(assignmentId), {},
                     QCborMap{{QStringLiteral("items"), written},
                              {QStringLiteral("replace"), replace}}, {}, 0};
        });
        notifyChanged(ctx, assignmentId);
    }
    return QCborMap{{QStringLiteral("items"), written}, {QStringLiteral("rows"), rows},
                    {QStringLiteral("dryRun"), dryRun}};
}

} // namespace ejournal::server::handlers::plan
