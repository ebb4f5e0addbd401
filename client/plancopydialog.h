// Copying a КТП from another load: last year's loads of the same subject and grade are
// offered first (then this year's of the same subject, then the rest); the planned dates move
// by whole years (plan.copy). A plan that exists is replaced only when the user ticks so.
#pragma once

#include "planform.h"

#include <QCborArray>

class QCheckBox;
class QComboBox;

namespace ejournal::client {

class PlanCopyDialog : public PlanFormDialog
{
    Q_OBJECT
public:
    // `target` is the journal.list row of the load the plan is copied into; `thisYear` the
    // journal.list rows of its year.
    PlanCopyDialog(ServerConnection *connection, const QCborMap &target, const QCborArray &thisYear,
                   int existingItems, QWidget *parent);

    QComboBox *sourceCombo() const { return m_source; }
    QCheckBox *replaceBox() const { return m_replace; }

protected:
    void save() override;

private:
    void loadLastYear();
    void fill(const QCborArray &lastYear, const QString &lastYearName);

    ServerConnection *m_connection;
    QCborMap m_target;
    QCborArray m_thisYear;
    QComboBox *m_source;
    QCheckBox *m_replace;
};

} // namespace ejournal::client
