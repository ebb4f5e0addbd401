// The members of a study group from a date on: the students who may join (the group's class
// for a subgroup, every class of the year otherwise) and the members, moved between two
// lists and saved with groups.setMembers.
#pragma once

#include "peopleform.h"

class QDateEdit;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ejournal::client {

class MembersDialog : public FormDialog
{
    Q_OBJECT
public:
    MembersDialog(ServerConnection *connection, const QCborMap &group, QWidget *parent);

    QDateEdit *dateEdit() const { return m_date; }
    QListWidget *candidatesList() const { return m_candidates; }
    QListWidget *membersList() const { return m_members; }
    QLineEdit *filterEdit() const { return m_filter; }
    bool isLoading() const { return m_pending > 0; }
    // Moves the selected students into (or out of) the group.
    void addSelected();
    void removeSelected();

protected:
    void save() override;

private:
    void reload();
    void fill(QListWidget *list, const QCborArray &rows, const QSet<qint64> &skip);
    void move(QListWidget *from, QListWidget *to);
    void applyFilter();

    QCborMap m_group;
    QDateEdit *m_date;
    QLineEdit *m_filter;
    QListWidget *m_candidates;
    QListWidget *m_members;
    int m_pending = 0;
};

} // namespace ejournal::client
