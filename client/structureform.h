// The base of the «Учебный год» page's forms: a dialog with a message line on top, a form
// whose fields each show the server's problem right under them, and OK / Cancel. A failed
// save keeps the dialog open with everything typed; a successful one emits saved(row).
#pragma once

#include "reply.h"

#include <QCborMap>
#include <QDialog>
#include <QHash>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class StructureFormDialog : public QDialog
{
    Q_OBJECT
public:
    StructureFormDialog(ServerConnection *connection, const QString &title, QWidget *parent);

    InlineMessage *message() const { return m_message; }
    QPushButton *okButton() const;
    // The problem shown under the field registered for this details key (empty when none).
    QString fieldError(const QString &key) const;

signals:
    void saved(const QCborMap &row);

protected:
    // Adds a labelled row; the server's problems under any of `keys` are shown below it.
    void addField(const QString &label, QWidget *field, const QStringList &keys);
    QFormLayout *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Called by OK: build the request and send() it.
    virtual void submit() = 0;
    // Sends the request; on success runs `done` (default: emit saved(row) and close).
    void send(const QString &method, const QCborMap &params,
              std::function<void(const QCborMap &row)> done = {});
    void clearProblems();
    ServerConnection *connection() const { return m_connection; }

private:
    struct Field
    {
        QWidget *widget;
        QLabel *problem;
    };
    void showFailure(const Reply &reply);
    void markField(const Field &field, const QString &problem);

    ServerConnection *m_connection;
    InlineMessage *m_message;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QList<Field> m_fields;
    QHash<QString, int> m_fieldOfKey;
    bool m_sending = false;
};

// A date field as every form of the page has it: dd.MM.yyyy with a calendar popup.
QDateEdit *makeStructureDateEdit(QWidget *parent);

} // namespace ejournal::client
