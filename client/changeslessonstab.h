// «Lessons of the day»: the dated lessons of a date (lessons.list) for the whole school, a
// class or a teacher, refreshed live; the deputy substitutes, moves, cancels, restores and
// merges them here, sees the result inline and can undo the last change.
#pragma once

#include <QCborMap>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace ejournal::client {

class ChangesDateBar;
class ChangesForm;
class RecordsModel;
class RecordsTable;
class ServerConnection;
class UndoMessage;

class ChangesLessonsTab : public QWidget
{
    Q_OBJECT
public:
    ChangesLessonsTab(ServerConnection *connection, bool canManage, QWidget *parent = nullptr);

    void reload();
    // Fills the class and teacher choices of the filter.
    void loadFilters();
    ChangesDateBar *dateBar() const { return m_dateBar; }
    QComboBox *filter() const { return m_filter; }
    RecordsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    UndoMessage *message() const { return m_message; }
    QPushButton *substituteButton() const { return m_substitute; }
    QPushButton *moveButton() const { return m_move; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *mergeButton() const { return m_merge; }
    // The dialog of the action under way (nullptr when none).
    ChangesForm *openDialog() const { return m_dialog; }

private:
    void updateButtons();
    void substitute();
    void move();
    void cancel();
    void restore();
    void merge();
    void open(ChangesForm *dialog, const std::function<void(const QCborValue &)> &done);
    void showDone(const QCborMap &lesson, const QString &text, const std::function<void()> &undo);
    void undoWith(const QString &method, const QCborMap &params, qint64 lessonId);
    QPushButton *actionButton(const QString &text, const QString &name, const QString &tip);

    ServerConnection *m_connection;
    bool m_canManage;
    ChangesDateBar *m_dateBar;
    QComboBox *m_filter;
    RecordsModel *m_model;
    RecordsTable *m_table;
    UndoMessage *m_message;
    QPushButton *m_substitute = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_merge = nullptr;
    ChangesForm *m_dialog = nullptr;
    qint64 m_keepId = 0;
};

} // namespace ejournal::client
