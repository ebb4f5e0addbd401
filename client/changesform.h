// The base of the changes area's dialogs: what the action will do on top, a form whose
// fields each show the server's problem right under them, and a confirming button. A refused
// request keeps the dialog open with everything entered; a done one emits done(result).
#pragma once

#include "reply.h"

#include <QCborValue>
#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class ChangesForm : public QDialog
{
    Q_OBJECT
public:
    ChangesForm(ServerConnection *connection, const QString &title, const QString &intro,
                const QString &okText, QWidget *parent);

    InlineMessage *message() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    // The problem shown under the field of this details key (empty when none).
    QString fieldError(const QString &key) const;

signals:
    void done(const QCborValue &result);

protected:
    // Adds a labelled row; the server's problems under any of `keys` are shown below it.
    void addField(const QString &label, QWidget *field, const QStringList &keys);
    // Called by the confirming button: build the request and send() it.
    virtual void submit() = 0;
    void send(const QString &method, const QCborMap &params);
    ServerConnection *connection() const { return m_connection; }

private:
    void showFailure(const Reply &reply);
    void clearProblems();

    ServerConnection *m_connection;
    InlineMessage *m_message;
    QFormLayout *m_form;
    QPushButton *m_ok;
    QList<QLabel *> m_problems;
    QHash<QString, int> m_fieldOfKey;
    bool m_sending = false;
};

} // namespace ejournal::client
