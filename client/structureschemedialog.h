// The period scheme form. A new scheme is created with the dates the server proposes (the
// usual Russian-school calendar fitted to the year); the form then stays open showing those
// dates so the deputy can correct them before closing. An existing scheme: name and dates.
#pragma once

#include "structureform.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace ejournal::client {

class StructureSchemeDialog : public StructureFormDialog
{
    Q_OBJECT
public:
    // An empty scheme: a new one for the year.
    StructureSchemeDialog(ServerConnection *connection, qint64 yearId, const QCborMap &scheme,
                          QWidget *parent);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    int periodCount() const { return int(m_periods.size()); }
    QDateEdit *periodStart(int i) const { return m_periods.value(i).start; }
    QDateEdit *periodEnd(int i) const { return m_periods.value(i).end; }

protected:
    void submit() override;

private:
    struct PeriodEdits
    {
        QDateEdit *start;
        QDateEdit *end;
    };
    // Shows the scheme's periods for editing (after creating it, or when editing).
    void showScheme(const QCborMap &scheme);

    qint64 m_yearId;
    QCborMap m_scheme;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QList<PeriodEdits> m_periods;
};

} // namespace ejournal::client
