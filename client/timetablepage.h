// «Timetable»: the year's timetable versions and the weekly grid of a class, a teacher or a
// room. The deputy (TimetableManage) places the unplaced load by drag and drop or keyboard,
// moves and swaps lessons, picks rooms, marks teachers' forbidden slots, sees every conflict on
// its cell and in a side list as the server's check finds it, and saves (accepting named
// warnings); everyone else reads (a teacher sees their own week first). Printing: one A4
// landscape page per class, teacher or room, or all classes into one PDF.
#pragma once

#include "areapage.h"
#include "latestrequest.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace ejournal::client {

class InlineMessage;
class PrintDocument;
class RecordsModel;
class RecordsTable;
class ServerConnection;
class TimetableDocument;
class TimetableGridModel;
class TimetableGridView;
class TimetableLoadModel;
struct TimetableConflict;

class TimetablePage : public AreaPage
{
    Q_OBJECT
public:
    explicit TimetablePage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;
    bool confirmLeave() override { return confirmDiscard(); }

    TimetableDocument *document() const { return m_document; }
    TimetableGridModel *gridModel() const { return m_grid; }
    TimetableGridView *gridView() const { return m_view; }
    RecordsTable *loadTable() const { return m_loadTable; }
    RecordsTable *conflictsTable() const { return m_conflictsTable; }
    QComboBox *versionCombo() const { return m_versionCombo; }
    QComboBox *viewCombo() const { return m_viewCombo; }
    QComboBox *targetCombo() const { return m_targetCombo; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *forbiddenButton() const { return m_forbiddenMode; }
    QWidget *versionTools() const { return m_versionTools; }
    InlineMessage *message() const { return m_message; }
    const QCborArray &versions() const { return m_versions; }
    // What the print actions print: the view on screen, or every class of the version.
    PrintDocument currentPrint() const;
    PrintDocument allClassesPrint() const;
    // Shows a view: 0 class, 1 teacher, 2 room, and the class, teacher or room of that id.
    void showView(int kind, qint64 id);
    // Selects the cell of the conflict's first entry (switching the view when needed).
    void goToConflict(int row);

private:
    void buildToolbars();
    void loadYears();
    void loadYear();
    void loadVersions(qint64 select);
    void showVersion();
    void fillTargets();
    void targetChosen();
    void refreshLoad();
    void refreshConflicts();
    void refreshState();
    void placeCurrentLoad(const QModelIndex &cell);
    void cellMenu(const QModelIndex &cell, const QPoint &globalPos);
    void chooseRoom(qint64 entryId);
    void saveChanges(const QStringList &accept = {});
    void saveRefused(const QList<TimetableConflict> &blocking, const QStringList &acceptable,
                     bool onlyWarnings);
    void createVersion();
    void editVersion();
    void deleteVersion();
    void importFet();
    void loadForbidden();
    void saveForbidden();
    void printTo(int output);
    void showStudentWeek();
    bool confirmDiscard();
    QString viewTitle() const;

    ServerConnection *m_connection;
    bool m_canManage;
    bool m_staff;
    TimetableDocument *m_document;
    TimetableGridModel *m_grid;
    TimetableGridView *m_view;
    TimetableLoadModel *m_loadModel;
    RecordsTable *m_loadTable;
    RecordsModel *m_conflictsModel;
    RecordsTable *m_conflictsTable;
    InlineMessage *m_message;
    QComboBox *m_yearCombo;
    QComboBox *m_versionCombo;
    QComboBox *m_viewCombo;
    QComboBox *m_targetCombo;
    QWidget *m_versionTools;
    QToolButton *m_print;
    QPushButton *m_save;
    QPushButton *m_undo;
    QPushButton *m_forbiddenMode;
    QLabel *m_state;
    QWidget *m_loadPanel;
    LatestRequest m_forbidden;
    QCborArray m_years;
    QCborArray m_versions;
    QCborArray m_classes;
    QList<QPair<qint64, QString>> m_teachers;
    QHash<qint64, int> m_classStudents;
    qint64 m_yearId = 0;
    qint64 m_ownStaffId = 0;
    bool m_started = false;
    bool m_yearClosed = false;
};

} // namespace ejournal::client
