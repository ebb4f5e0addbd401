// The base of the plan and journal-settings forms: a dialog with a message line on top, a
// form whose fields each show the server's problem right under them, and Save / Cancel. A
// refused save keeps the dialog open with everything typed; a successful one emits saved().
#pragma once

#include "reply.h"

#include <QCborMap>
#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class PlanFormDialog : public QDialog
{
    Q_OBJECT
public:
    PlanFormDialog(ServerConnection *connection, const QString &title, QWidget *parent);

    InlineMessage *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    // The problem shown under the field of this server parameter (empty when none).
    QString problem(const QString &param) const;

signals:
    void saved(const QCborMap &row);

protected:
    // A labelled row; the server's problems under any of `params` appear below the field.
    void addField(const QString &label, QWidget *field, const QStringList &params);
    // Called on Save: check what can be checked here, build the parameters, call submit().
    virtual void save() = 0;
    void submit(const QString &method, const QCborMap &params);
    // Shows a problem found before sending (e.g. an empty topic) under its field.
    void showProblem(const QString &param, const QString &text);
    void clearProblems();

private:
    void showFailure(const Reply &reply);

    ServerConnection *m_connection;
    InlineMessage *m_message;
    QFormLayout *m_form;
    QPushButton *m_save;
    QHash<QString, QLabel *> m_problems;
    QHash<QLabel *, QWidget *> m_fieldOf;
};

} // namespace ejournal::client
