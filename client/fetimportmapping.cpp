// The FET import's mapping page.
#include "fetimportmapping.h"

#include "errortext.h"
#include "fetimporttext.h"
#include "fetimportwizard.h"
#include "inlinemessage.h"
#include "serverconnection.h"
#include "tableviews.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QString kTeachers = QStringLiteral("teachers");
const QString kSubjects = QStringLiteral("subjects");
const QString kSets = QStringLiteral("studentsSets");
const QString kRooms = QStringLiteral("rooms");

QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setUpListTable(table);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

// A students set's choice: {classId} or {groupId}, from a target or candidate row.
QCborValue setChoice(const QCborMap &row)
{
    if (row.contains(QLatin1String("classId")))
        return QCborMap{{QStringLiteral("classId"), row.value(QLatin1String("classId"))}};
    return QCborMap{{QStringLiteral("groupId"), row.value(QLatin1String("groupId"))}};
}
} // namespace

FetMappingPage::FetMappingPage(FetImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_tabs(new QTabWidget(this)),
      m_slots(makeTable({tr("FET day or hour"), tr("Ours"), tr("How matched"), tr("Problem")}, this)),
      m_problems(new QListWidget(this)), m_status(new QLabel(this)),
      m_message(new InlineMessage(this))
{
    setTitle(tr("Matching FET's names"));
    setSubTitle(tr("FET's names are matched to the school's by name. Where no single item "
                   "matched, choose it from the list. Nothing is imported until every activity "
                   "can be."));
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("fetProblems"));
    m_problems->setWordWrap(true);
    m_slots->setObjectName(QStringLiteral("slots"));
    const QStringList headers{tr("FET name"), tr("Activities"), tr("How matched"), tr("In the school")};
    m_parts = {{kTeachers, QStringLiteral("staffId"), makeTable(headers, this)},
               {kSubjects, QStringLiteral("subjectId"), makeTable(headers, this)},
               {kSets, {}, makeTable(headers, this)},
               {kRooms, QStringLiteral("roomId"), makeTable(headers, this)}};
    m_tabs->addTab(m_slots, tr("Days and hours"));
    const QStringList titles{tr("Teachers"), tr("Subjects"), tr("Classes and groups"), tr("Rooms")};
    for (int i = 0; i < m_parts.size(); ++i) {
        m_parts[i].table->setObjectName(m_parts[i].key);
        m_tabs->addTab(m_parts[i].table, titles.at(i));
    }
    m_tabs->addTab(m_problems, tr("Cannot be imported"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(wizard, &FetImportWizard::previewed, this, &FetMappingPage::showPreview);
    connect(wizard, &FetImportWizard::previewFailed, m_message, &InlineMessage::showError);
    loadChoices();
}

QTableWidget *FetMappingPage::table(const QString &part) const
{
    for (const Part &p : m_parts)
        if (p.key == part)
            return p.table;
    return part == QLatin1String("slots") ? m_slots : nullptr;
}

QComboBox *FetMappingPage::choiceFor(const QString &part, const QString &fetName) const
{
    QTableWidget *t = table(part);
    for (int row = 0; t && row < t->rowCount(); ++row)
        if (t->item(row, 0)->text() == fetName)
            return qobject_cast<QComboBox *>(t->cellWidget(row, 3));
    return nullptr;
}

void FetMappingPage::initializePage()
{
    showPreview();
}

bool FetMappingPage::isComplete() const
{
    return m_wizard->preview().value(QLatin1String("ready")).toBool() && !m_wizard->isPreviewing()
        && m_choicesPending == 0;
}

void FetMappingPage::loadChoices()
{
    ServerConnection *connection = m_wizard->connection();
    const QCborMap year{{QStringLiteral("academicYearId"), m_wizard->academicYearId()}};
    const auto load = [this, connection](const QString &method, const QCborMap &params,
                                         const QString &part, const char *nameKey,
                                         const char *choiceKey) {
        ++m_choicesPending;
        connection->request(method, params, this, [=, this](const Reply &reply) {
            --m_choicesPending;
            if (!reply.ok()) {
                m_message->showError(ErrorText::forReply(reply));
                return;
            }
            for (const QCborValue &value : reply.result.toArray()) {
                const QCborMap row = value.toMap();
                if (row.value(QLatin1String("archived")).toBool())
                    continue;
                const QCborValue id = row.value(QLatin1String("id"));
                const QCborValue choice =
                    choiceKey ? QCborValue(QCborMap{{QLatin1String(choiceKey), id}}) : id;
                m_choices[part].append({choice, text(row, nameKey)});
            }
            if (m_choicesPending == 0)
                showPreview();
        });
    };
    load(QStringLiteral("staff.list"), {}, kTeachers, "fullName", nullptr);
    load(QStringLiteral("subjects.list"), {}, kSubjects, "name", nullptr);
    load(QStringLiteral("rooms.list"), {}, kRooms, "name", nullptr);
    load(QStringLiteral("classes.list"), year, kSets, "name", "classId");
    load(QStringLiteral("groups.list"), year, kSets, "name", "groupId");
}

void FetMappingPage::showPreview()
{
    const QCborMap preview = m_wizard->preview();
    if (preview.isEmpty() || m_choicesPending > 0)
        return;
    m_message->clearMessage();
    const int tab = m_tabs->currentIndex();
    fillSlots(preview);
    for (const Part &part : std::as_const(m_parts))
        fillPart(part, preview.value(part.key).toArray());

    m_problems->clear();
    const QCborArray problems = preview.value(QLatin1String("problems")).toArray();
    for (const QCborValue &value : problems) {
        const QCborMap problem = value.toMap();
        QStringList ids;
        for (const QCborValue &id : problem.value(QLatin1String("activityIds")).toArray())
            ids.append(QString::number(id.toInteger()));
        QString line = FetImportText::problem(text(problem, "message"));
        if (!ids.isEmpty())
            line += u' ' + tr("(FET activities %1)").arg(ids.join(QStringLiteral(", ")));
        m_problems->addItem(line);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_problems),
                       tr("Cannot be imported (%1)").arg(problems.size()));
    const int activities = int(preview.value(QLatin1String("activityCount")).toInteger());
    const int entries = int(preview.value(QLatin1String("entryCount")).toInteger());
    if (preview.value(QLatin1String("ready")).toBool())
        m_status->setText(tr("Everything can be imported: %n activit(ies)", nullptr, activities)
                          + u' ' + tr("→ %n lesson(s) of the timetable.", nullptr, entries));
    else
        m_status->setText(tr("%n problem(s) keep activities out (see «Cannot be imported»). "
                             "Match the names marked «not matched», or fix the teaching load, "
                             "then the file can be imported.", nullptr, int(problems.size())));
    m_tabs->setCurrentIndex(tab);
    emit completeChanged();
}

void FetMappingPage::fillSlots(const QCborMap &preview)
{
    m_slots->setRowCount(0);
    const auto add = [this](const QCborMap &row, const QString &ours) {
        const int r = m_slots->rowCount();
        m_slots->insertRow(r);
        m_slots->setItem(r, 0, item(text(row, "name")));
        m_slots->setItem(r, 1, item(ours));
        m_slots->setItem(r, 2, item(FetImportText::matchedBy(text(row, "by"))));
        const QString problem = text(row, "problem");
        m_slots->setItem(r, 3, item(problem.isEmpty() ? QString() : FetImportText::problem(problem)));
    };
    for (const QCborValue &value : preview.value(QLatin1String("days")).toArray()) {
        const QCborMap day = value.toMap();
        const int weekday = int(day.value(QLatin1String("weekday")).toInteger());
        add(day, weekday > 0 ? QLocale().standaloneDayName(weekday) : QString());
    }
    for (const QCborValue &value : preview.value(QLatin1String("hours")).toArray()) {
        const QCborMap hour = value.toMap();
        const QCborValue lesson = hour.value(QLatin1String("lessonNo"));
        add(hour, lesson.isInteger() ? tr("lesson %1").arg(lesson.toInteger()) : QString());
    }
    m_slots->resizeColumnsToContents();
}

void FetMappingPage::fillPart(const Part &part, const QCborArray &rows)
{
    QTableWidget *t = part.table;
    t->setRowCount(0);
    for (const QCborValue &value : rows) {
        const QCborMap row = value.toMap();
        const int r = t->rowCount();
        t->insertRow(r);
        t->setItem(r, 0, item(text(row, "name")));
        auto *count = item(QString::number(row.value(QLatin1String("activities")).toInteger()));
        count->setTextAlignment(Qt::AlignCenter);
        t->setItem(r, 1, count);
        const bool create = row.value(QLatin1String("create")).toBool();
        t->setItem(r, 2, item(create ? tr("new room") : FetImportText::matchedBy(text(row, "by"))));
        t->setCellWidget(r, 3, makeChoice(part, row));
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setMinimumSectionSize(80);
}

QComboBox *FetMappingPage::makeChoice(const Part &part, const QCborMap &row)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("choice"));
    const QString name = text(row, "name");
    QCborValue current;
    if (part.idKey.isEmpty()) {
        const QCborArray targets = row.value(QLatin1String("targets")).toArray();
        QStringList names;
        for (const QCborValue &target : targets)
            names.append(text(target.toMap(), "name"));
        if (targets.size() == 1)
            current = setChoice(targets.first().toMap());
        else if (targets.size() > 1)
            combo->addItem(names.join(QStringLiteral(", ")), QVariant());  // a FET year = its classes
    } else if (row.value(part.idKey).isInteger()) {
        current = row.value(part.idKey);
    }
    if (current.isUndefined() && combo->count() == 0)
        combo->addItem(tr("— not matched —"), QVariant());
    if (part.key == kRooms)
        combo->addItem(tr("Create the room «%1»").arg(name),
                       QVariant::fromValue(QCborValue(QCborMap{{QStringLiteral("create"), true}})));
    for (const QCborValue &candidate : row.value(QLatin1String("candidates")).toArray()) {
        const QCborMap c = candidate.toMap();
        const QCborValue value = part.idKey.isEmpty() ? setChoice(c) : c.value(QLatin1String("id"));
        combo->addItem(tr("%1 (suggested)").arg(text(c, "name")), QVariant::fromValue(value));
    }
    if (combo->count() > 0)
        combo->insertSeparator(combo->count());
    for (const auto &[value, label] : m_choices.value(part.key))
        combo->addItem(label, QVariant::fromValue(value));
    if (row.value(QLatin1String("create")).toBool())
        combo->setCurrentIndex(1);
    else if (!current.isUndefined())
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemData(i).value<QCborValue>() == current) {
                combo->setCurrentIndex(i);
                break;
            }
    connect(combo, &QComboBox::activated, this, [this, combo, key = part.key, name](int index) {
        const QVariant data = combo->itemData(index);
        m_wizard->choose(key, name, data.isValid() ? data.value<QCborValue>() : QCborValue());
        emit completeChanged();
    });
    return combo;
}

} // namespace ejournal::client
