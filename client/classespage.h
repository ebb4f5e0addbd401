// «Classes and groups»: the classes of an academic year with their class teachers, and for
// the selected class its students today and its study groups; the deputy adds and edits
// classes, and groups are created, split and filled here by those the server allows.
#pragma once

#include "areapage.h"

#include <QCborMap>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class ClassesPage : public AreaPage
{
    Q_OBJECT
public:
    explicit ClassesPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    QComboBox *yearBox() const { return m_year; }
    RecordsTable *classesTable() const { return m_classes; }
    RecordsTable *studentsTable() const { return m_students; }
    RecordsTable *groupsTable() const { return m_groups; }
    QCheckBox *allGroupsBox() const { return m_allGroups; }
    QPushButton *newClassButton() const { return m_newClass; }
    QPushButton *editClassButton() const { return m_editClass; }
    QPushButton *newGroupButton() const { return m_newGroup; }
    QPushButton *editGroupButton() const { return m_editGroup; }
    QPushButton *splitButton() const { return m_split; }
    QPushButton *membersButton() const { return m_members; }
    InlineMessage *message() const { return m_message; }
    // The form opened last (class, group, split or members), while it is open.
    QWidget *openForm() const;

    void newClass();
    void editClass();
    void newGroup();
    void editGroup();
    void splitClass();
    void editMembers();

private:
    void loadYear();
    void loadClassDetails();
    void refresh();
    void updateButtons();
    // Opens the form; after a save reloads `model` keeping the row with the saved id.
    void openDialog(QDialog *dialog, RecordsModel *model, RecordsTable *table, qint64 id,
                    const QString &done);

    ServerConnection *m_connection;
    QComboBox *m_year;
    RecordsModel *m_classModel;
    RecordsModel *m_studentModel;
    RecordsModel *m_groupModel;
    RecordsTable *m_classes;
    RecordsTable *m_students;
    RecordsTable *m_groups;
    QTabWidget *m_details;
    QCheckBox *m_allGroups;
    QPushButton *m_newClass;
    QPushButton *m_editClass;
    QPushButton *m_newGroup;
    QPushButton *m_editGroup;
    QPushButton *m_split;
    QPushButton *m_members;
    QLabel *m_count;
    InlineMessage *m_message;
    QHash<qint64, QString> m_schemeNames;
    QHash<qint64, QString> m_roomNames;
    QPointer<QDialog> m_form;
    bool m_yearsLoaded = false;
    bool m_manageClasses;
    bool m_manageGroups;
    bool m_readStudents;
};

} // namespace ejournal::client
