// Choosing the room of a lesson: free rooms at that time first (with their seats, those too
// small for the class marked), then the busy ones with what occupies them; "No room" on top.
// Type to filter, Return or a double click chooses.
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace ejournal::client {

class TimetableDocument;

class TimetableRoomDialog : public QDialog
{
    Q_OBJECT
public:
    // The room for entry `entryId`; students: the size of its class or group (0: unknown).
    TimetableRoomDialog(const TimetableDocument &document, qint64 entryId, int students,
                        QWidget *parent = nullptr);

    qint64 chosenRoom() const;
    QListWidget *list() const { return m_list; }

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace ejournal::client
