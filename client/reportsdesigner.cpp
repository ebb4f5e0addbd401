// The report designer: dataset, fields, zones, options, live preview, saving and sharing.
#include "reportsdesigner.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "reportsfieldlist.h"
#include "reportsicons.h"
#include "reportsitemeditor.h"
#include "reportsparamsdialog.h"
#include "reportsresultpanel.h"
#include "reportssavedialog.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace ejournal::client {

using reports::Aggregate;
using reports::ChartType;
using reports::Definition;
using reports::FieldType;
using reports::FilterOp;
using reports::FilterSpec;
using reports::ValueSpec;

namespace {
constexpr int kPreviewDelayMs = 300;
constexpr int kPreviewLimit = 1000;

struct ZoneSpec
{
    ReportsDesigner::Zone zone;
    const char *title;
    const char *button;
    Qt::Key key;
    const char *hint;
};

const ZoneSpec kZones[] = {
    {ReportsDesigner::Zone::Rows, QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "Rows"),
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "To rows"), Qt::Key_1,
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "One line of the report per value of these fields")},
    {ReportsDesigner::Zone::Columns, QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "Columns"),
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "To columns"), Qt::Key_2,
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "A pivot: one column per value of these fields")},
    {ReportsDesigner::Zone::Values, QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "Values"),
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "To values"), Qt::Key_3,
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "What is counted: average, count, success rate…")},
    {ReportsDesigner::Zone::Filters, QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "Filters"),
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "To filters"), Qt::Key_4,
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "Which rows count: a period, a class, marks below 3…")},
    {ReportsDesigner::Zone::Fields, QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "Fields (a plain list)"),
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "To the list"), Qt::Key_5,
     QT_TRANSLATE_NOOP("ejournal::client::ReportsDesigner", "Instead of a summary: the rows themselves with these columns")},
};

template <typename T>
void moveWithin(QList<T> &list, int from, int to)
{
    if (from < 0 || from >= list.size())
        return;
    to = qBound(0, to, int(list.size()) - 1);
    list.move(from, to);
}

Aggregate defaultAggregate(const reports::Field &field)
{
    switch (field.type) {
    case FieldType::Mark: return Aggregate::Avg;
    case FieldType::Integer:
    case FieldType::Number:
    case FieldType::Flag: return Aggregate::Sum;
    default: return Aggregate::Count;
    }
}

QString fieldCaption(const reports::Dataset *dataset, const QString &key)
{
    const reports::Field *field = dataset ? reports::findField(*dataset, key) : nullptr;
    return field ? reports::caption(field->caption) : key;
}
} // namespace

ReportsDesigner::ReportsDesigner(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_previewRequest(connection, this)
{
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportsDesigner::runPreview);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(buildFieldsColumn());
    columns->addWidget(buildZonesColumn());
    columns->addWidget(buildPreviewColumn());
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 3);
    columns->setStretchFactor(2, 4);
    columns->setSizes({280, 340, 520});
    columns->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolbar());
    layout->addWidget(columns, 1);
    refreshButtons();
}

QWidget *ReportsDesigner::buildToolbar()
{
    auto *bar = new QWidget(this);
    m_title = new QLabel(bar);
    makeTitle(m_title, 1.25);
    m_save = new QPushButton(tr("&Save"), bar);
    m_save->setObjectName(QStringLiteral("designerSave"));
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] { saveReport(false); });
    m_save->setToolTip(tr("Save the report (Ctrl+S)"));
    m_saveCopy = new QPushButton(tr("Save as &copy…"), bar);
    m_saveCopy->setObjectName(QStringLiteral("designerSaveCopy"));
    m_share = new QPushButton(tr("S&hared with the school"), bar);
    m_share->setObjectName(QStringLiteral("designerShare"));
    m_share->setCheckable(true);
    m_share->setToolTip(tr("Colleagues see a shared report under «Shared» and may run it or "
                           "save a copy of it"));
    auto *close = new QPushButton(tr("&Back to the reports"), bar);
    close->setObjectName(QStringLiteral("designerClose"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_saveCopy);
    layout->addWidget(m_share);
    layout->addWidget(close);
    connect(m_save, &QPushButton::clicked, this, [this] { saveReport(false); });
    connect(m_saveCopy, &QPushButton::clicked, this, [this] { saveReport(true); });
    connect(m_share, &QPushButton::clicked, this, [this](bool on) {
        m_share->setChecked(m_saved.shared);
        setShared(on);
    });
    connect(close, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            emit closeRequested();
    });
    return bar;
}

bool ReportsDesigner::confirmLeave()
{
    return !m_modified
        || QMessageBox::question(this, tr("Report designer"),
                                 tr("The report has unsaved changes. Leave the designer and "
                                    "lose them?")) == QMessageBox::Yes;
}

QWidget *ReportsDesigner::buildFieldsColumn()
{
    auto *column = new QWidget(this);
    m_dataset = new QComboBox(column);
    m_dataset->setObjectName(QStringLiteral("designerDataset"));
    for (const reports::Dataset &dataset : reports::datasets())
        m_dataset->addItem(reports::caption(dataset.caption), QLatin1String(dataset.key));
    m_datasetDescription = new QLabel(column);
    m_datasetDescription->setWordWrap(true);
    makeSecondary(m_datasetDescription);
    m_fields = new ReportsFieldList(false, column);
    m_fields->setObjectName(QStringLiteral("designerFields"));
    auto *dataLabel = new QLabel(tr("&Data:"), column);
    dataLabel->setBuddy(m_dataset);
    auto *fieldsLabel = new QLabel(tr("F&ields (drag them into the zones):"), column);
    fieldsLabel->setBuddy(m_fields);

    auto *buttons = new QGridLayout;
    for (int i = 0; i < int(std::size(kZones)); ++i) {
        const ZoneSpec &spec = kZones[i];
        auto *button = new QPushButton(tr(spec.button), column);
        button->setObjectName(QStringLiteral("addToZone%1").arg(int(spec.zone)));
        // A shortcut of the designer, not of the button: the focus stays in the fields' list.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | spec.key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        button->setToolTip(tr("%1 (%2)").arg(tr(spec.hint),
                                             shortcut->key().toString(QKeySequence::NativeText)));
        const auto add = [this, zone = spec.zone] { addSelectedField(zone); };
        connect(button, &QPushButton::clicked, this, add);
        connect(shortcut, &QShortcut::activated, this, add);
        buttons->addWidget(button, i / 2, i % 2);
    }

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dataLabel);
    layout->addWidget(m_dataset);
    layout->addWidget(m_datasetDescription);
    layout->addWidget(fieldsLabel);
    layout->addWidget(m_fields, 1);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addLayout(buildOptions(column));
    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setDataset(m_dataset->currentData().toString());
    });
    connect(m_fields, &QListWidget::itemDoubleClicked, this, [this] { addSelectedField(Zone::Rows); });
    return column;
}

QLayout *ReportsDesigner::buildOptions(QWidget *parent)
{
    m_sort = new QComboBox(parent);
    m_sort->setObjectName(QStringLiteral("designerSort"));
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sort->setMinimumContentsLength(12);
    m_descending = new QCheckBox(tr("descending"), parent);
    m_totals = new QCheckBox(tr("&Totals row"), parent);
    m_totals->setObjectName(QStringLiteral("designerTotals"));
    m_chart = new QComboBox(parent);
    m_chart->setObjectName(QStringLiteral("designerChart"));
    m_chart->addItem(tr("No chart"), int(ChartType::None));
    m_chart->addItem(tr("Bars"), int(ChartType::Bar));
    m_chart->addItem(tr("Lines"), int(ChartType::Line));
    m_chart->addItem(tr("Pie"), int(ChartType::Pie));
    auto *sortRow = new QHBoxLayout;
    sortRow->addWidget(m_sort, 1);
    sortRow->addWidget(m_descending);
    auto *options = new QFormLayout;
    auto *sortLabel = new QLabel(tr("S&ort by:"), parent);
    sortLabel->setBuddy(m_sort);
    options->addRow(sortLabel, sortRow);
    options->addRow(tr("C&hart:"), m_chart);
    options->addRow(m_totals);

    const auto sortChanged = [this] {
        if (m_updating)
            return;
        m_definition.sort.clear();
        const QString key = m_sort->currentData().toString();
        if (!key.isEmpty())
            m_definition.sort.append({key, m_descending->isChecked()});
        changed();
    };
    connect(m_sort, &QComboBox::currentIndexChanged, this, sortChanged);
    connect(m_descending, &QCheckBox::toggled, this, sortChanged);
    connect(m_totals, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_definition.totals = on;
        changed();
    });
    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_definition.chart = ChartType(m_chart->currentData().toInt());
        changed();
    });
    return options;
}

QWidget *ReportsDesigner::buildZonesColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const ZoneSpec &spec : kZones) {
        auto *list = new ReportsFieldList(true, column);
        list->setObjectName(QStringLiteral("zone%1").arg(int(spec.zone)));
        list->setToolTip(tr(spec.hint));
        list->setMinimumHeight(36);
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *label = new QLabel(tr(spec.title) + QLatin1Char(':'), column);
        label->setBuddy(list);
        layout->addWidget(label);
        layout->addWidget(list, 1);
        m_zones.append(list);
        const Zone zone = spec.zone;
        connect(list, &ReportsFieldList::fieldDropped, this,
                [this, zone](const QString &key, int row, ReportsFieldList *source, int sourceRow) {
                    dropped(zone, key, row, source, sourceRow);
                });
        connect(list, &QListWidget::currentRowChanged, this, [this, zone] {
            if (!m_updating)
                showItem(zone);
        });
        connect(list, &QListWidget::itemClicked, this, [this, zone] { showItem(zone); });
        const auto bind = [this, list, zone](const QKeySequence &keys, auto action) {
            auto *shortcut = new QShortcut(keys, list);
            shortcut->setContext(Qt::WidgetShortcut);
            connect(shortcut, &QShortcut::activated, this, [list, action] { action(list->currentRow()); });
        };
        bind(QKeySequence::Delete, [this, zone](int row) { removeItem(zone, row); });
        bind(QKeySequence(Qt::ALT | Qt::Key_Up), [this, zone](int row) { moveItem(zone, row, -1); });
        bind(QKeySequence(Qt::ALT | Qt::Key_Down), [this, zone](int row) { moveItem(zone, row, +1); });
    }

    m_item = new ReportsItemEditor([this](const FilterSpec &filter) { return paramNameFor(filter); },
                                   column);
    layout->addWidget(m_item);
    connect(m_item, &ReportsItemEditor::valueEdited, this, [this](const ValueSpec &value) {
        const int row = m_zones.at(int(Zone::Values))->currentRow();
        if (row < 0 || row >= m_definition.values.size())
            return;
        m_definition.values[row] = value;
        m_zones.at(int(Zone::Values))->item(row)->setText(itemText(Zone::Values, row));
        refreshSort();
        changed();
    });
    connect(m_item, &ReportsItemEditor::filterEdited, this, [this](const FilterSpec &filter) {
        const int row = m_zones.at(int(Zone::Filters))->currentRow();
        if (row < 0 || row >= m_definition.filters.size())
            return;
        m_definition.filters[row] = filter;
        m_zones.at(int(Zone::Filters))->item(row)->setText(itemText(Zone::Filters, row));
        changed();
    });

    return column;
}

QWidget *ReportsDesigner::buildPreviewColumn()
{
    auto *column = new QWidget(this);
    auto *title = new QLabel(tr("Preview on real data"), column);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_message = new InlineMessage(column);
    m_message->setObjectName(QStringLiteral("designerMessage"));
    m_paramsLine = new QLabel(column);
    m_paramsLine->setWordWrap(true);
    makeSecondary(m_paramsLine);
    m_paramsButton = new QPushButton(tr("&Parameters…"), column);
    m_paramsButton->setObjectName(QStringLiteral("designerParams"));
    m_paramsButton->setToolTip(tr("Choose the parameters the preview runs with"));
    m_preview = new ReportsResultPanel(false, column);
    m_preview->setObjectName(QStringLiteral("designerPreview"));
    auto *paramsRow = new QHBoxLayout;
    paramsRow->addWidget(m_paramsLine, 1);
    paramsRow->addWidget(m_paramsButton);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addLayout(paramsRow);
    layout->addWidget(m_preview, 1);
    connect(m_paramsButton, &QPushButton::clicked, this, &ReportsDesigner::chooseParams);
    return column;
}

void ReportsDesigner::setOptions(const ReportOptions &options)
{
    m_options = options;
    m_item->setOptions(options);
}

void ReportsDesigner::setMayShare(bool mayShare)
{
    m_mayShare = mayShare;
    refreshButtons();
}

void ReportsDesigner::open(const Definition &definition, const Saved &saved)
{
    m_definition = definition;
    if (m_definition.dataset.isEmpty())
        m_definition.dataset = QLatin1String(reports::datasets().first().key);
    m_saved = saved;
    m_previewParams = {};
    m_modified = false;
    m_updating = true;
    m_dataset->setCurrentIndex(m_dataset->findData(m_definition.dataset));
    m_updating = false;
    fillFields();
    refreshZones();
    m_item->showNothing();
    refreshButtons();
    m_fields->setFocus();
    m_previewTimer.start(0);
}

const reports::Dataset *ReportsDesigner::dataset() const
{
    return reports::findDataset(m_definition.dataset);
}

void ReportsDesigner::setDataset(const QString &key)
{
    Definition fresh;
    fresh.dataset = key;
    m_definition = fresh;
    fillFields();
    refreshZones();
    m_item->showNothing();
    changed();
}

void ReportsDesigner::fillFields()
{
    m_fields->clear();
    const reports::Dataset *set = dataset();
    if (!set)
        return;
    m_datasetDescription->setText(reports::caption(set->description));
    for (const reports::Field &field : set->fields) {
        auto *item = new QListWidgetItem(fieldTypeIcon(field.type), reports::caption(field.caption), m_fields);
        item->setData(ReportsFieldList::KeyRole, QLatin1String(field.key));
    }
    m_fields->setCurrentRow(0);
}

void ReportsDesigner::addSelectedField(Zone zone)
{
    const QString key = m_fields->currentKey();
    if (!key.isEmpty())
        addField(zone, key, zoneSize(zone));
}

int ReportsDesigner::zoneSize(Zone zone) const
{
    switch (zone) {
    case Zone::Rows: return int(m_definition.rows.size());
    case Zone::Columns: return int(m_definition.columns.size());
    case Zone::Values: return int(m_definition.values.size());
    case Zone::Filters: return int(m_definition.filters.size());
    case Zone::Fields: return int(m_definition.fields.size());
    }
    return 0;
}

void ReportsDesigner::addField(Zone zone, const QString &key, int at)
{
    const reports::Dataset *set = dataset();
    const reports::Field *field = set ? reports::findField(*set, key) : nullptr;
    if (!field)
        return;
    at = qBound(0, at, zoneSize(zone));
    const auto place = [&](QStringList &list) {
        const int existing = int(list.indexOf(key));
        if (existing >= 0) {
            moveWithin(list, existing, existing < at ? at - 1 : at);
            at = int(list.indexOf(key));
        } else {
            list.insert(at, key);
        }
    };
    switch (zone) {
    case Zone::Rows:
        m_definition.columns.removeAll(key);
        place(m_definition.rows);
        break;
    case Zone::Columns:
        m_definition.rows.removeAll(key);
        place(m_definition.columns);
        break;
    case Zone::Fields:
        place(m_definition.fields);
        break;
    case Zone::Values:
        m_definition.values.insert(at, ValueSpec{key, defaultAggregate(*field)});
        break;
    case Zone::Filters: {
        FilterSpec filter;
        filter.field = key;
        filter.op = field->type == FieldType::Date ? FilterOp::InPeriod : FilterOp::Eq;
        filter.param = paramNameFor(filter);
        m_definition.filters.insert(at, filter);
        break;
    }
    }
    refreshZones();
    ReportsFieldList *list = m_zones.at(int(zone));
    list->setCurrentRow(at);
    showItem(zone);
    changed();
}

void ReportsDesigner::removeItem(Zone zone, int row)
{
    if (row < 0 || row >= zoneSize(zone))
        return;
    switch (zone) {
    case Zone::Rows: m_definition.rows.removeAt(row); break;
    case Zone::Columns: m_definition.columns.removeAt(row); break;
    case Zone::Values: m_definition.values.removeAt(row); break;
    case Zone::Filters: m_definition.filters.removeAt(row); break;
    case Zone::Fields: m_definition.fields.removeAt(row); break;
    }
    refreshZones();
    showItem(zone);
    changed();
}

void ReportsDesigner::moveItem(Zone zone, int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= zoneSize(zone))
        return;
    switch (zone) {
    case Zone::Rows: moveWithin(m_definition.rows, row, to); break;
    case Zone::Columns: moveWithin(m_definition.columns, row, to); break;
    case Zone::Values: moveWithin(m_definition.values, row, to); break;
    case Zone::Filters: moveWithin(m_definition.filters, row, to); break;
    case Zone::Fields: moveWithin(m_definition.fields, row, to); break;
    }
    refreshZones();
    m_zones.at(int(zone))->setCurrentRow(to);
    changed();
}

ReportsDesigner::Zone ReportsDesigner::zoneOf(const ReportsFieldList *list) const
{
    return Zone(m_zones.indexOf(list));
}

void ReportsDesigner::dropped(Zone zone, const QString &key, int row, ReportsFieldList *source,
                              int sourceRow)
{
    const bool fromZone = source && m_zones.contains(source);
    if (fromZone && zoneOf(source) == zone) {
        moveItem(zone, sourceRow, (sourceRow < row ? row - 1 : row) - sourceRow);
        return;
    }
    if (fromZone)
        removeItem(zoneOf(source), sourceRow);
    addField(zone, key, row);
}

QString ReportsDesigner::itemText(Zone zone, int row) const
{
    const reports::Dataset *set = dataset();
    switch (zone) {
    case Zone::Rows: return fieldCaption(set, m_definition.rows.at(row));
    case Zone::Columns: return fieldCaption(set, m_definition.columns.at(row));
    case Zone::Fields: return fieldCaption(set, m_definition.fields.at(row));
    case Zone::Values: {
        const ValueSpec &value = m_definition.values.at(row);
        return tr("%1 — %2").arg(fieldCaption(set, value.field), reports::aggregateCaption(value.aggregate));
    }
    case Zone::Filters: {
        const FilterSpec &filter = m_definition.filters.at(row);
        const QString condition = tr("%1 %2").arg(fieldCaption(set, filter.field),
                                                 reports::filterOpCaption(filter.op));
        if (!filter.param.isEmpty())
            return filter.optional ? tr("%1: asked when run, may be «any»").arg(condition)
                                   : tr("%1: asked when run").arg(condition);
        if (reports::operandCount(filter.op) == 0)
            return condition;
        if (filter.value.isUndefined())
            return tr("%1: choose the value").arg(condition);
        return tr("%1: set").arg(condition);
    }
    }
    return {};
}

void ReportsDesigner::refreshZones()
{
    m_updating = true;
    const reports::Dataset *set = dataset();
    const auto keyOf = [this](Zone zone, int row) -> QString {
        switch (zone) {
        case Zone::Rows: return m_definition.rows.at(row);
        case Zone::Columns: return m_definition.columns.at(row);
        case Zone::Fields: return m_definition.fields.at(row);
        case Zone::Values: return m_definition.values.at(row).field;
        case Zone::Filters: return m_definition.filters.at(row).field;
        }
        return {};
    };
    for (const ZoneSpec &spec : kZones) {
        ReportsFieldList *list = m_zones.at(int(spec.zone));
        const int current = list->currentRow();
        list->clear();
        for (int row = 0; row < zoneSize(spec.zone); ++row) {
            const QString key = keyOf(spec.zone, row);
            const reports::Field *field = set ? reports::findField(*set, key) : nullptr;
            auto *item = new QListWidgetItem(itemText(spec.zone, row), list);
            item->setData(ReportsFieldList::KeyRole, key);
            if (field)
                item->setIcon(fieldTypeIcon(field->type));
        }
        list->setCurrentRow(qMin(current, list->count() - 1));
    }
    m_totals->setChecked(m_definition.totals);
    m_chart->setCurrentIndex(m_chart->findData(int(m_definition.chart)));
    m_chart->setEnabled(m_definition.grouped());
    m_totals->setEnabled(m_definition.grouped());
    m_updating = false;
    refreshSort();
}

void ReportsDesigner::refreshSort()
{
    m_updating = true;
    const reports::Dataset *set = dataset();
    m_sort->clear();
    m_sort->addItem(tr("(as the server orders)"), QString());
    const QStringList &shown = m_definition.grouped() ? m_definition.rows : m_definition.fields;
    for (const QString &key : shown)
        m_sort->addItem(fieldCaption(set, key), key);
    for (int i = 0; i < m_definition.values.size(); ++i)
        m_sort->addItem(itemText(Zone::Values, i), QStringLiteral("#%1").arg(i));
    const bool sorted = !m_definition.sort.isEmpty();
    const int index = sorted ? m_sort->findData(m_definition.sort.first().key) : 0;
    if (sorted && index < 0)
        m_definition.sort.clear();
    m_sort->setCurrentIndex(qMax(0, index));
    m_descending->setChecked(sorted && index >= 0 && m_definition.sort.first().descending);
    m_updating = false;
}

void ReportsDesigner::showItem(Zone zone)
{
    const int row = m_zones.at(int(zone))->currentRow();
    const reports::Dataset *set = dataset();
    if (!set || row < 0) {
        m_item->showNothing();
        return;
    }
    if (zone == Zone::Values && row < m_definition.values.size())
        m_item->showValue(*set, m_definition.values.at(row));
    else if (zone == Zone::Filters && row < m_definition.filters.size())
        m_item->showFilter(*set, m_definition.filters.at(row));
    else
        m_item->showNothing();
}

QString ReportsDesigner::paramNameFor(const FilterSpec &filter) const
{
    const QString base = filter.op == FilterOp::InPeriod ? QStringLiteral("period") : filter.field;
    const int row = m_zones.isEmpty() ? -1 : m_zones.at(int(Zone::Filters))->currentRow();
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : base + QString::number(n);
        bool clash = false;
        for (int i = 0; i < m_definition.filters.size(); ++i) {
            const FilterSpec &other = m_definition.filters.at(i);
            clash = clash || (i != row && other.param == name
                              && (other.field != filter.field || other.op != filter.op));
        }
        if (!clash)
            return name;
    }
}

void ReportsDesigner::changed()
{
    m_modified = true;
    refreshButtons();
    schedulePreview();
}

void ReportsDesigner::refreshButtons()
{
    const QString name = m_saved.name.isEmpty() ? tr("New report") : m_saved.name;
    m_title->setText(m_modified ? tr("%1 (not saved)").arg(name) : name);
    m_save->setText(m_saved.id ? tr("&Save") : tr("&Save…"));
    m_share->setVisible(m_mayShare && m_saved.id > 0);
    m_share->setChecked(m_saved.shared);
    m_saveCopy->setVisible(m_saved.id > 0);
}

QString ReportsDesigner::incompleteHint() const
{
    const Definition &d = m_definition;
    if (d.fields.isEmpty() && d.rows.isEmpty() && d.columns.isEmpty() && d.values.isEmpty())
        return tr("Drag fields into «Rows» and «Values» for a summary (e.g. Class and Mark), or "
                  "into «Fields» for a plain list.");
    if (!d.fields.isEmpty() && (d.grouped() || !d.rows.isEmpty() || !d.columns.isEmpty()))
        return tr("A report is either a plain list («Fields») or a summary («Rows», «Columns», "
                  "«Values»): empty one of them.");
    if (d.fields.isEmpty() && !d.grouped())
        return tr("Add what to count: drag a field into «Values» (e.g. Mark) and choose how it "
                  "counts.");
    for (const FilterSpec &filter : d.filters)
        if (filter.param.isEmpty() && reports::operandCount(filter.op) != 0 && filter.value.isUndefined())
            return tr("Choose the value of the filter «%1», or tick «Ask when the report runs».")
                .arg(fieldCaption(dataset(), filter.field));
    return {};
}

void ReportsDesigner::schedulePreview()
{
    m_previewTimer.start();
}

void ReportsDesigner::runPreview()
{
    const QString hint = incompleteHint();
    const int generation = ++m_previewGeneration;
    ReportsParamsDialog params(m_definition, m_options, m_previewParams, m_saved.name);
    const QString summary = params.summary();
    m_paramsLine->setText(summary.isEmpty() ? QString() : tr("Preview with %1").arg(summary));
    m_paramsButton->setVisible(!summary.isEmpty());
    if (!hint.isEmpty()) {
        m_preview->clear();
        m_message->showInfo(hint);
        return;
    }
    Definition shown = m_definition;
    shown.limit = qMin(shown.limit, kPreviewLimit);
    const QString title = m_saved.name.isEmpty() ? tr("New report") : m_saved.name;
    QCborMap request{{QStringLiteral("definition"), shown.toCbor()}};
    if (!params.values().isEmpty())
        request.insert(QStringLiteral("params"), params.values());
    const ChartType chart = m_definition.chart;
    m_previewRequest.send(QStringLiteral("reports.run"), request,
                          [this, chart, title, summary, generation](const Reply &reply) {
        if (generation != m_previewGeneration)
            return;  // the definition became incomplete meanwhile: the hint stays
        if (!reply.ok()) {
            m_preview->clear();
            m_message->showError(reply.isError(ErrorCode::Invalid)
                                     ? tr("The report cannot be built yet: %1").arg(reply.error.message)
                                     : ErrorText::forReply(reply));
            return;
        }
        if (m_preview->showAnswer(reply, chart, title, summary, m_connection->session().school,
                                  m_message))
            ++m_previewsShown;
    });
}

void ReportsDesigner::chooseParams()
{
    auto *dialog = new ReportsParamsDialog(m_definition, m_options, m_previewParams,
                                           tr("Parameters of the preview"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_previewParams = dialog->values();
        runPreview();
    });
    dialog->open();
}

void ReportsDesigner::saveReport(bool asCopy)
{
    const bool copy = asCopy || m_saved.id == 0;
    QString name = m_saved.name;
    if (asCopy && !name.isEmpty())
        name = tr("%1 (copy)").arg(name);
    auto *dialog = new ReportsSaveDialog(name, m_saved.description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportsSaveDialog::saveRequested, this, [this, dialog, copy] { finishSave(dialog, copy); });
    dialog->open();
}

void ReportsDesigner::finishSave(ReportsSaveDialog *dialog, bool asCopy)
{
    QCborMap params{{QStringLiteral("name"), dialog->name()},
                    {QStringLiteral("description"), dialog->description()},
                    {QStringLiteral("definition"), m_definition.toCbor()}};
    if (!asCopy) {
        params.insert(QStringLiteral("id"), m_saved.id);
        params.insert(QStringLiteral("expectedVersion"), m_saved.version);
    }
    const QString name = dialog->name();
    const QString description = dialog->description();
    m_connection->request(QStringLiteral("reports.save"), params, dialog,
                          [this, dialog, asCopy, name, description](const Reply &reply) {
        if (reply.isError(ErrorCode::Conflict)) {
            dialog->showError(tr("Someone saved a newer version of this report after you opened "
                                 "it. Save your work as a copy, or go back to the reports and "
                                 "open it again to see their changes."));
            return;
        }
        if (reply.isError(ErrorCode::Forbidden)) {
            dialog->showError(tr("This report is not yours: save your work as a copy."));
            return;
        }
        if (!reply.ok()) {
            dialog->showError(reply.isError(ErrorCode::Invalid) ? reply.error.message
                                                                : ErrorText::forReply(reply));
            return;
        }
        const QCborMap result = reply.result.toMap();
        m_saved.id = result.value(QStringLiteral("id")).toInteger();
        m_saved.version = int(result.value(QStringLiteral("version")).toInteger());
        m_saved.name = name;
        m_saved.description = description;
        if (asCopy)
            m_saved.shared = false;
        m_modified = false;
        refreshButtons();
        m_message->showInfo(tr("The report «%1» is saved.").arg(name));
        dialog->done(QDialog::Accepted);
        emit saved(m_saved.id);
    });
}

void ReportsDesigner::setShared(bool shared)
{
    if (m_saved.id == 0)
        return;
    m_connection->request(QStringLiteral("reports.share"),
                          {{QStringLiteral("id"), m_saved.id}, {QStringLiteral("shared"), shared}},
                          this, [this, shared](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_saved.shared = shared;
        refreshButtons();
        m_message->showInfo(shared ? tr("The report is shared: colleagues see it under «Shared».")
                                   : tr("The report is no longer shared."));
        emit saved(m_saved.id);
    });
}

} // namespace ejournal::client
