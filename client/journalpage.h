// The journal area: pick a journal (class or group + subject) and a period, fill the grid
// from the keyboard, open lesson cards and cell histories, look at the journal as it was on
// a past date. Entries go through the outbox; conflicts and late corrections are put to the
// teacher one at a time; pushed events keep the open grid current.
#pragma once

#include "areapage.h"
#include "journaldata.h"
#include "journaldialogs.h"
#include "journallessoncard.h"
#include "latestrequest.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace ejournal::client {

class InlineMessage;
class JournalGrid;
class JournalModel;
class JournalOutbox;
class ServerConnection;

class JournalPage : public AreaPage
{
    Q_OBJECT
public:
    explicit JournalPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;
    void reload();

    JournalModel *model() const { return m_model; }
    JournalGrid *grid() const { return m_grid; }
    JournalOutbox *outbox() const { return m_outbox; }
    QComboBox *journalCombo() const { return m_journals; }
    QComboBox *periodCombo() const { return m_periods; }
    QCheckBox *asOfBox() const { return m_asOfBox; }
    QDateTimeEdit *asOfEdit() const { return m_asOf; }
    QLabel *unsentLabel() const { return m_unsent; }
    InlineMessage *message() const { return m_message; }
    JournalConflictDialog *conflictDialog() const { return m_conflict; }
    JournalReasonDialog *reasonDialog() const { return m_reason; }
    JournalLessonCard *lessonCard() const { return m_card; }
    bool isLoading() const { return m_open.isPending(); }

signals:
    // A journal was opened (or reopened) and the grid shows it.
    void opened();

private:
    QWidget *createToolbar();
    void loadList();
    void openJournal(qint64 periodId);
    void showSnapshot(const journal::Snapshot &snapshot);
    void closeJournal();
    void onEvent(const QString &name, const QCborMap &data);
    void askNextDecision();
    QString describeKey(const QString &key) const;
    QString valueText(const QString &key, const QCborMap &row) const;
    void openLessonCard(int column);
    void openHistory(const QModelIndex &index);
    void setLessonKind(int column, qint64 workTypeId);
    void updateStatus();
    void updateHint();
    const journal::JournalInfo *currentInfo() const;

    ServerConnection *m_connection;
    JournalOutbox *m_outbox;
    JournalModel *m_model;
    JournalGrid *m_grid;
    QComboBox *m_journals;
    QComboBox *m_periods;
    QCheckBox *m_asOfBox;
    QDateTimeEdit *m_asOf;
    QLabel *m_title;
    QLabel *m_mode;
    QLabel *m_hint;
    QLabel *m_unsent;
    InlineMessage *m_message;
    LatestRequest m_list;
    LatestRequest m_open;
    QList<journal::JournalInfo> m_infos;
    qint64 m_openAssignment = 0;
    QPointer<JournalConflictDialog> m_conflict;
    QPointer<JournalReasonDialog> m_reason;
    QPointer<JournalLessonCard> m_card;
    QString m_reasonMessage;
};

} // namespace ejournal::client
