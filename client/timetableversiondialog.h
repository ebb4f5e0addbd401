// Creating a timetable version (empty, or a copy of another version of the year) and
// renaming one or moving its start: name, valid-from date, the server's problems next to the
// fields; the dialog stays open on a refusal so nothing typed is lost.
#pragma once

#include "reply.h"

#include <QCborArray>
#include <QCborMap>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class TimetableVersionDialog : public QDialog
{
    Q_OBJECT
public:
    // A new version of the year (versions: those it may be copied from).
    TimetableVersionDialog(ServerConnection *connection, qint64 yearId, const QCborArray &versions,
                           const QDate &suggestedStart, QWidget *parent = nullptr);
    // Editing `version`.
    TimetableVersionDialog(ServerConnection *connection, const QCborMap &version,
                           QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QComboBox *copyCombo() const { return m_copy; }
    InlineMessage *message() const { return m_message; }

signals:
    void saved(const QCborMap &version);

private:
    void build(const QString &title);
    void submit();
    void showFailure(const Reply &reply);
    static QString problem(const QString &reason);

    ServerConnection *m_connection;
    qint64 m_yearId = 0;
    qint64 m_versionId = 0;
    InlineMessage *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QComboBox *m_copy = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_startProblem = nullptr;
    QLabel *m_copyProblem = nullptr;
    bool m_sending = false;
};

} // namespace ejournal::client
