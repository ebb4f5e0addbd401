// Creating a period scheme and editing its dates.
#include "structureschemedialog.h"

#include "inlinemessage.h"
#include "structuretext.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ejournal::client {

namespace {
const QString kPeriods = QStringLiteral("periods");
const QString kStartsOn = QStringLiteral("startsOn");
const QString kEndsOn = QStringLiteral("endsOn");

// The kinds in the order a deputy meets them, with the server's default scheme names.
struct KindItem
{
    const char *kind;
    const char *defaultName;
};
constexpr KindItem kKinds[] = {
    {"quarters", "Четверти"}, {"trimesters", "Триместры"}, {"halves", "Полугодия"}, {"year", "Год"},
};
} // namespace

StructureSchemeDialog::StructureSchemeDialog(ServerConnection *connection, qint64 yearId,
                                             const QCborMap &scheme, QWidget *parent)
    : StructureFormDialog(connection, scheme.isEmpty() ? tr("New period scheme") : tr("Period scheme"),
                          parent),
      m_yearId(yearId), m_kind(new QComboBox(this)), m_name(new QLineEdit(this))
{
    m_kind->setObjectName(QStringLiteral("schemeKind"));
    for (const KindItem &item : kKinds) {
        const QString kind = QLatin1String(item.kind);
        m_kind->addItem(StructureText::schemeKind(kind), kind);
    }
    m_name->setObjectName(QStringLiteral("schemeName"));
    m_name->setClearButtonEnabled(true);
    const auto placeholder = [this] {
        m_name->setPlaceholderText(tr("optional; by default «%1»")
                                       .arg(QString::fromUtf8(kKinds[m_kind->currentIndex()].defaultName)));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, placeholder);
    placeholder();
    addField(tr("Kind:"), m_kind, {QStringLiteral("kind")});
    addField(tr("Name:"), m_name, {QStringLiteral("name")});

    if (scheme.isEmpty()) {
        auto *hint = new QLabel(tr("The server proposes the periods' dates from the usual school "
                                   "calendar fitted to the year (holidays between them). You can "
                                   "correct them right here after the scheme is created."), this);
        hint->setWordWrap(true);
        form()->addRow(hint);
        okButton()->setText(tr("Create"));
    } else {
        showScheme(scheme);
    }
}

void StructureSchemeDialog::showScheme(const QCborMap &scheme)
{
    m_scheme = scheme;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(scheme.value(QStringLiteral("kind")).toString())));
    m_kind->setEnabled(false);
    m_name->setText(scheme.value(QStringLiteral("name")).toString());
    if (form()->rowCount() > 2)
        form()->removeRow(2);  // the hint of a new scheme
    const QCborArray periods = scheme.value(kPeriods).toArray();
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QCborMap period = periods.at(i).toMap();
        auto *dates = new QWidget(this);
        auto *row = new QHBoxLayout(dates);
        row->setContentsMargins(0, 0, 0, 0);
        PeriodEdits edits{makeStructureDateEdit(dates), makeStructureDateEdit(dates)};
        edits.start->setObjectName(QStringLiteral("periodStart%1").arg(i));
        edits.end->setObjectName(QStringLiteral("periodEnd%1").arg(i));
        edits.start->setDate(StructureText::parseDate(period.value(kStartsOn).toString()));
        edits.end->setDate(StructureText::parseDate(period.value(kEndsOn).toString()));
        const bool closed = period.value(QStringLiteral("closed")).toBool();
        edits.start->setEnabled(!closed);
        edits.end->setEnabled(!closed);
        row->addWidget(edits.start);
        row->addWidget(new QLabel(QStringLiteral("–"), dates));
        row->addWidget(edits.end);
        row->addStretch(1);
        QString label = period.value(QStringLiteral("name")).toString() + QLatin1Char(':');
        if (closed)
            label = tr("%1 (closed)").arg(label);
        addField(label, dates, {QStringLiteral("periods[%1]").arg(i)});
        m_periods.append(edits);
    }
    okButton()->setText(tr("Save"));
}

void StructureSchemeDialog::submit()
{
    if (m_scheme.isEmpty()) {
        QCborMap params{{QStringLiteral("academicYearId"), m_yearId},
                        {QStringLiteral("kind"), m_kind->currentData().toString()}};
        if (!m_name->text().trimmed().isEmpty())
            params.insert(QStringLiteral("name"), m_name->text());
        send(QStringLiteral("periodSchemes.create"), params, [this](const QCborMap &scheme) {
            emit saved(scheme);
            showScheme(scheme);
            buttons()->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            message()->showInfo(tr("The scheme «%1» has been created with these dates. Check them "
                                   "and correct them if your school's calendar differs.")
                                    .arg(scheme.value(QStringLiteral("name")).toString()));
        });
        return;
    }
    QCborArray periods;
    for (const PeriodEdits &edits : m_periods)
        periods.append(QCborMap{{kStartsOn, StructureText::isoDate(edits.start->date())},
                                {kEndsOn, StructureText::isoDate(edits.end->date())}});
    send(QStringLiteral("periodSchemes.update"),
         {{QStringLiteral("id"), m_scheme.value(QStringLiteral("id"))},
          {QStringLiteral("name"), m_name->text()},
          {kPeriods, periods}});
}

} // namespace ejournal::client
