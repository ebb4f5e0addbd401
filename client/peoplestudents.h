// «Students» tab: every student with class, date of birth, personal file number and whether
// an account exists, filtered by class and searched by name; the card of a student, a new
// student, and admission, transfer and withdrawal (movement book) for those who manage people.
// A class teacher sees only own classes, with the own class chosen at first.
#pragma once

#include "peopledialogs.h"

#include <QCborArray>
#include <QCborMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;
class StudentCard;

class StudentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit StudentsTab(ServerConnection *connection, QWidget *parent = nullptr);

    void activate();
    void reload();

    RecordsTable *table() const { return m_table; }
    QComboBox *classBox() const { return m_class; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *cardButton() const { return m_card; }
    QPushButton *admitButton() const { return m_admit; }
    QPushButton *transferButton() const { return m_transfer; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    InlineMessage *message() const { return m_message; }
    // The form or card opened last, while it is open.
    QDialog *openForm() const { return m_form; }
    // Loading the class filter (and, for a class teacher, finding the own class) is done.
    bool isReady() const { return m_ready; }

    void newStudent();
    void openCard();
    void admit();
    void transfer();
    void withdraw();

private:
    void classesLoaded();
    void keepOwnClasses(const QList<qint64> &own);
    void updateButtons();
    void openForm(QDialog *dialog, qint64 keepId, const QString &done);
    void move(MovementDialog::Kind kind);

    ServerConnection *m_connection;
    RecordsModel *m_model;
    RecordsTable *m_table;
    QComboBox *m_class;
    QPushButton *m_new;
    QPushButton *m_card;
    QPushButton *m_admit;
    QPushButton *m_transfer;
    QPushButton *m_withdraw;
    QLabel *m_count;
    InlineMessage *m_message;
    QPointer<QDialog> m_form;
    QCborArray m_classes;
    bool m_started = false;
    bool m_ready = false;
};

} // namespace ejournal::client
