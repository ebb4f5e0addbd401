// The «Teaching load» tab: who teaches what to which class or group and how many hours, with
// a teacher filter that shows each teacher's weekly total, and new / edit / delete through
// the load form with an undo of the last change.
#pragma once

#include "latestrequest.h"

#include "curriculumloaddialog.h"

#include <QCborArray>
#include <QCborMap>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class CurriculumLoadTab : public QWidget
{
    Q_OBJECT
public:
    explicit CurriculumLoadTab(ServerConnection *connection, QWidget *parent = nullptr);

    void setYear(qint64 yearId, bool editable);
    void reload();
    // Opens the form for a new entry with these fields filled in.
    void createEntry(const QCborMap &prefill = {});
    // Opens the form for an existing entry, suggesting its hours less `reduceBy`.
    void editEntry(qint64 loadId, double reduceBy = 0);

    RecordsTable *table() const { return m_table; }
    QComboBox *teacherFilter() const { return m_teacher; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *undoButton() const { return m_undo; }
    InlineMessage *message() const { return m_message; }
    CurriculumLoadDialog *dialog() const { return m_dialog; }
    QMessageBox *confirmation() const { return m_confirmation; }
    bool isLoading() const { return m_request.isPending(); }

signals:
    // The load changed on the server.
    void changed();

private:
    struct Undo
    {
        QString method;
        QCborMap params;
    };

    void showRows();
    void fillTeachers(const QCborArray &totals);
    // Edits `entry` when it has an id, otherwise starts a new one; `hours` overrides its hours.
    void openDialog(const QCborMap &entry, double hours = 0);
    void confirmDelete();
    void remove(const QCborMap &row);
    void done(const QString &text, const Undo &undo, const QCborValue &selectId);
    void undoLast();
    void updateButtons();

    ServerConnection *m_connection;
    RecordsModel *m_model;
    RecordsTable *m_table;
    QComboBox *m_teacher;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_undo;
    QLabel *m_summary;
    InlineMessage *m_message;
    QPointer<CurriculumLoadDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
    QCborArray m_rows;
    Undo m_lastUndo;
    qint64 m_yearId = 0;
    bool m_editable = false;
    LatestRequest m_request;
    QCborValue m_keepSelected;
};

} // namespace ejournal::client
