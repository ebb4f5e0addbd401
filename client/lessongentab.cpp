// Generating the lesson calendar.
#include "lessongentab.h"

#include "changestext.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");

QString dateColumn(const QCborMap &row)
{
    return ChangesText::dayText(ChangesText::dateOf(row.value(QLatin1String("date"))));
}

QList<RecordsModel::Column> movedColumns()
{
    return {{QStringLiteral("date"), LessonGenTab::tr("Date"), dateColumn},
            {QStringLiteral("class"), LessonGenTab::tr("Class or group")},
            {QStringLiteral("subject"), LessonGenTab::tr("Subject")},
            {QStringLiteral("lessonNo"), LessonGenTab::tr("From lesson"), {}, Qt::AlignCenter},
            {QStringLiteral("toLessonNo"), LessonGenTab::tr("To lesson"), {}, Qt::AlignCenter}};
}

QList<RecordsModel::Column> orphanColumns()
{
    return {{QStringLiteral("date"), LessonGenTab::tr("Date"), dateColumn},
            {QStringLiteral("lessonNo"), LessonGenTab::tr("Lesson"), {}, Qt::AlignCenter},
            {QStringLiteral("class"), LessonGenTab::tr("Class or group")},
            {QStringLiteral("subject"), LessonGenTab::tr("Subject")}};
}

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    makeTitle(label, 1.05);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}
} // namespace

LessonGenTab::LessonGenTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_year(new QComboBox(this)),
      m_range(new QCheckBox(tr("Only the &dates from"), this)),
      m_from(dateEdit(QStringLiteral("from"), this)), m_to(dateEdit(QStringLiteral("to"), this)),
      m_fromProblem(problemLabel(this)), m_toProblem(problemLabel(this)),
      m_preview(new QPushButton(tr("&Check what changes"), this)),
      m_apply(new QPushButton(tr("&Generate lessons"), this)), m_message(new InlineMessage(this)),
      m_counts(new QLabel(this)), m_moved(new RecordsModel(connection, movedColumns(), this)),
      m_orphans(new RecordsModel(connection, orphanColumns(), this))
{
    setObjectName(QStringLiteral("lessonGenTab"));
    m_year->setObjectName(QStringLiteral("genYear"));
    m_year->setMinimumWidth(160);
    m_range->setObjectName(QStringLiteral("genRange"));
    m_preview->setObjectName(QStringLiteral("genPreview"));
    m_preview->setToolTip(tr("Compute the lessons without changing anything"));
    m_apply->setObjectName(QStringLiteral("genApply"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Check what changes first"));
    m_counts->setObjectName(QStringLiteral("genCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    auto *intro = new QLabel(
        tr("The dated lessons (the columns of the journal) are made from the timetable versions, "
           "skipping Sundays and holidays. Generating again after the timetable changed keeps "
           "every lesson that already has a topic, homework, marks or a change."),
        this);
    intro->setWordWrap(true);
    makeSecondary(intro);

    auto *yearLabel = new QLabel(tr("Academic &year:"), this);
    yearLabel->setBuddy(m_year);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    auto *grid = new QGridLayout;
    grid->addWidget(yearLabel, 0, 0);
    grid->addWidget(m_year, 0, 1);
    grid->addWidget(m_range, 0, 2);
    grid->addWidget(m_from, 0, 3);
    grid->addWidget(toLabel, 0, 4);
    grid->addWidget(m_to, 0, 5);
    grid->addWidget(m_fromProblem, 1, 3);
    grid->addWidget(m_toProblem, 1, 5);
    grid->setColumnStretch(6, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);

    auto *movedTable = new RecordsTable(m_moved, this);
    movedTable->setObjectName(QStringLiteral("genMoved"));
    auto *orphansTable = new RecordsTable(m_orphans, this);
    orphansTable->setObjectName(QStringLiteral("genOrphans"));
    auto *lists = new QHBoxLayout;
    lists->addWidget(titled(tr("Lessons that move to another lesson number"), movedTable, this), 3);
    lists->addWidget(titled(tr("Filled lessons kept although the timetable no longer has them"),
                            orphansTable, this), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addLayout(lists, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &LessonGenTab::yearChosen);
    connect(m_range, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });
    const auto stale = [this] {
        if (params(true) != m_previewed)
            m_apply->setEnabled(false);
    };
    connect(m_year, &QComboBox::currentIndexChanged, this, stale);
    connect(m_range, &QCheckBox::toggled, this, stale);
    connect(m_from, &QDateEdit::dateChanged, this, stale);
    connect(m_to, &QDateEdit::dateChanged, this, stale);
    connect(m_preview, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_apply, &QPushButton::clicked, this, [this] { run(false); });
}

void LessonGenTab::loadYears()
{
    m_connection->request(QStringLiteral("years.list"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_years = reply.result.toArray();
        const qint64 chosen = m_year->currentData().toLongLong();
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        int index = -1;
        for (const QCborValue &value : std::as_const(m_years)) {
            const QCborMap year = value.toMap();
            const qint64 id = year.value(QLatin1String("id")).toInteger();
            if (year.value(QLatin1String("state")).toString() == QLatin1String("closed"))
                continue;
            m_year->addItem(year.value(QLatin1String("name")).toString(), id);
            if (id == chosen || (chosen == 0 && index < 0
                                 && year.value(QLatin1String("state")).toString() == QLatin1String("active")))
                index = m_year->count() - 1;
        }
        m_year->setCurrentIndex(qMax(0, index));
        yearChosen();
        if (m_year->count() == 0)
            m_message->showInfo(tr("There is no academic year open for changes."));
    });
}

void LessonGenTab::yearChosen()
{
    const qint64 id = m_year->currentData().toLongLong();
    if (id == m_shownYear)
        return;  // a refresh keeps the range the user chose
    m_shownYear = id;
    for (const QCborValue &value : std::as_const(m_years)) {
        const QCborMap year = value.toMap();
        if (year.value(QLatin1String("id")).toInteger() != id)
            continue;
        const QDate starts = ChangesText::dateOf(year.value(QLatin1String("startsOn")));
        const QDate ends = ChangesText::dateOf(year.value(QLatin1String("endsOn")));
        for (QDateEdit *edit : {m_from, m_to})
            edit->setDateRange(starts, ends);
        m_from->setDate(qBound(starts, QDate::currentDate(), ends));
        m_to->setDate(ends);
    }
}

QCborMap LessonGenTab::params(bool dryRun) const
{
    QCborMap out{{QStringLiteral("academicYearId"), m_year->currentData().toLongLong()},
                 {QStringLiteral("dryRun"), dryRun}};
    if (m_range->isChecked()) {
        out.insert(kFrom, ChangesText::isoDate(m_from->date()));
        out.insert(kTo, ChangesText::isoDate(m_to->date()));
    }
    return out;
}

void LessonGenTab::run(bool dryRun)
{
    if (m_year->currentIndex() < 0)
        return;
    m_preview->setEnabled(false);
    m_apply->setEnabled(false);
    showProblems({});
    m_message->showInfo(dryRun ? tr("Computing the lessons…") : tr("Generating the lessons…"));
    const QCborMap sent = params(dryRun);
    m_connection->request(QStringLiteral("lessons.generate"), sent, this, [this, sent, dryRun](const Reply &reply) {
        m_preview->setEnabled(true);
        if (!reply.ok()) {
            m_message->showError(ChangesText::summary(reply));
            showProblems(ChangesText::problems(reply));
            return;
        }
        const QCborMap report = reply.result.toMap();
        showReport(report);
        if (dryRun) {
            m_previewed = sent;
            m_apply->setEnabled(true);
            m_apply->setToolTip(tr("Create and update the lessons as shown"));
            m_message->showInfo(tr("Nothing has been changed yet. Check the figures and press "
                                   "«Generate lessons» to apply them."));
        } else {
            m_previewed = {};
            m_apply->setToolTip(tr("Check what changes first"));
            m_message->showInfo(tr("The lessons have been generated."));
        }
    });
}

void LessonGenTab::showReport(const QCborMap &report)
{
    const auto count = [&](const char *key) {
        return int(report.value(QLatin1String(key)).toInteger());
    };
    const QCborArray moved = report.value(QLatin1String("moved")).toArray();
    const QCborArray orphans = report.value(QLatin1String("keptOrphans")).toArray();
    const bool dryRun = report.value(QLatin1String("dryRun")).toBool();
    const QString range = tr("%1 – %2")
                              .arg(ChangesText::dayText(ChangesText::dateOf(report.value(kFrom))),
                                   ChangesText::dayText(ChangesText::dateOf(report.value(kTo))));
    const QStringList lines{
        (dryRun ? tr("<b>Would change</b> from %1:") : tr("<b>Done</b> for %1:")).arg(range.toHtmlEscaped()),
        tr("created: <b>%n</b>", nullptr, count("created")),
        tr("kept: <b>%n</b>", nullptr, count("kept")),
        tr("moved: <b>%n</b>", nullptr, int(moved.size())),
        tr("removed: <b>%n</b>", nullptr, count("removed")),
        tr("filled lessons kept outside the timetable: <b>%n</b>", nullptr, int(orphans.size())),
    };
    m_counts->setText(lines.first() + QStringLiteral(" ") + lines.mid(1).join(QStringLiteral(", ")));
    m_moved->setRows(moved);
    m_orphans->setRows(orphans);
}

void LessonGenTab::showProblems(const QMap<QString, QString> &problems)
{
    for (auto [label, key] : {std::pair{m_fromProblem, kFrom}, std::pair{m_toProblem, kTo}}) {
        label->setText(problems.value(key));
        label->setVisible(problems.contains(key));
    }
}

} // namespace ejournal::client
