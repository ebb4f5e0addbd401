// What the forms of the people and classes pages share: a dialog with a QFormLayout that
// sends one request on Save and, when the server refuses, shows the message on top and each
// problem of `details` under its field, staying open so nothing typed is lost; date editors
// and combo boxes of records (ids as item data) filled from a list method.
#pragma once

#include "reply.h"

#include <QCborArray>
#include <QCborMap>
#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QKeySequence;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(ServerConnection *connection, const QString &title, QWidget *parent);

    InlineMessage *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    // The problem shown under the field of this server parameter (empty when none).
    QString problem(const QString &param) const;
    // What to say when the server answers `forbidden` (the scope of the user's role).
    void setForbiddenText(const QString &text) { m_forbiddenText = text; }

signals:
    void saved(const QCborValue &result);

protected:
    // A form row; problems the server reports for any of `params` appear under the field.
    void addField(const QString &label, QWidget *field, const QStringList &params);
    // The last, first and middle name rows of a person form.
    void addNameFields(QWidget *last, QWidget *first, QWidget *middle);
    QFormLayout *form() const { return m_form; }
    ServerConnection *connection() const { return m_connection; }
    // Called on Save: build the parameters and call submit().
    virtual void save() = 0;
    void submit(const QString &method, const QCborMap &params);

private:
    void showFailure(const Reply &reply);
    void clearProblems();

    ServerConnection *m_connection;
    InlineMessage *m_message;
    QFormLayout *m_form;
    QPushButton *m_save;
    QHash<QString, QLabel *> m_problems;
    QString m_forbiddenText;
};

class RecordsTable;
// Sizes the table's columns to their contents (at most maxWidth each) whenever it loads.
void fitColumns(RecordsTable *table, int maxWidth = 280);

// A key that runs `action` while the focus is inside `scope`.
void addKey(QWidget *scope, const QKeySequence &key, const std::function<void()> &action);

// A date field with a calendar popup, dd.MM.yyyy.
QDateEdit *makeDateEdit(const QDate &date, QWidget *parent);

// Fills the combo with the array method(params) returns: text(row) shown, row[idKey] as item
// data, `none` (id 0) first when not empty; keeps `selectedId` selected; then calls `done`.
void loadChoices(ServerConnection *connection, QComboBox *combo, const QString &method,
                 const QCborMap &params, const std::function<QString(const QCborMap &)> &text,
                 const QString &none = {}, qint64 selectedId = 0,
                 const std::function<void(const QCborArray &)> &done = {});
// The classes of the current academic year (the newest when none is current), or of every
// year not closed when `openYears` ("5А (2027/2028)" then), into the combo as loadChoices does;
// `done` gets the class rows.
void loadClassChoices(ServerConnection *connection, QComboBox *combo, bool openYears,
                      const QString &none = {}, qint64 selectedId = 0,
                      const std::function<void(const QCborArray &)> &done = {});
// The id of the combo's current item (0 for none).
qint64 choiceId(const QComboBox *combo);
// Makes the item with this id current; false when absent.
bool selectChoice(QComboBox *combo, qint64 id);
// The value as a key of the row map.
inline QString rowText(const QCborMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}
inline qint64 rowId(const QCborMap &row, const char *key = "id")
{
    return row.value(QLatin1String(key)).toInteger();
}

} // namespace ejournal::client
