// The «Звонки» tab: the bell schedule of the chosen year for shift 1 or 2, edited in a grid
// (Insert adds a lesson, Delete removes one, times typed in place) and saved with bells.set;
// a problem the server finds with a lesson is shown on that lesson's row.
#pragma once

#include "latestrequest.h"

#include <QCborMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;
class StructureBellsModel;

class StructureBellsTab : public QWidget
{
    Q_OBJECT
public:
    StructureBellsTab(ServerConnection *connection, bool canEdit, QWidget *parent);

    StructureBellsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *shiftButton(int shift) const { return shift == 2 ? m_shift2 : m_shift1; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *typicalButton() const { return m_typical; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    InlineMessage *notice() const { return m_notice; }

    bool isLoading() const { return m_request.isPending(); }
    void setYear(const QCborMap &year);
    void reload();
    void save();

private:
    bool editable() const;
    void addLesson();
    void removeLesson();
    void showShift(int shift);
    void updateState();

    ServerConnection *m_connection;
    LatestRequest m_request;
    bool m_canEdit;
    QCborMap m_year;
    StructureBellsModel *m_model;
    QTableView *m_view;
    QPushButton *m_shift1;
    QPushButton *m_shift2;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_typical;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_state;
    InlineMessage *m_notice;
};

} // namespace ejournal::client
