// The journal's small dialogs: a conflict (another value reached the server first — the
// teacher sees both and chooses), the reason a late correction needs, a cell's history.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ejournal::client {

class RecordsModel;
class RecordsTable;
class ServerConnection;

class JournalConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // what: "Иванов Иван, 05.09"; mine / theirs: the two values as the cell shows them;
    // who: who changed it and when.
    JournalConflictDialog(const QString &what, const QString &mine, const QString &theirs,
                          const QString &who, QWidget *parent = nullptr);
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

signals:
    void keepMine();
    void takeTheirs();

private:
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
};

class JournalReasonDialog : public QDialog
{
    Q_OBJECT
public:
    JournalReasonDialog(const QString &what, const QString &message, QWidget *parent = nullptr);
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *saveButton() const { return m_save; }
    QString reason() const;

private:
    QLineEdit *m_reason;
    QPushButton *m_save;
};

// journal.cellHistory of one cell, newest first.
class JournalHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    JournalHistoryDialog(ServerConnection *connection, qint64 lessonId, qint64 studentId,
                         const QString &what, QWidget *parent = nullptr);
    RecordsModel *model() const { return m_model; }

private:
    RecordsModel *m_model;
};

} // namespace ejournal::client
