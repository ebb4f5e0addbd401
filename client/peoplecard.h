// A student's card: personal data, parents and guardians (add, link, change the relation,
// unlink with undo), the classes the student has been in and the movement-book entries.
#pragma once

#include <QCborMap>
#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ejournal::client {

class RecordsModel;
class RecordsTable;
class ServerConnection;
class UndoMessage;

class StudentCard : public QDialog
{
    Q_OBJECT
public:
    StudentCard(ServerConnection *connection, qint64 studentId, QWidget *parent);

    void reload();
    const QCborMap &student() const { return m_student; }
    RecordsTable *guardiansTable() const { return m_guardians; }
    RecordsTable *enrollmentsTable() const { return m_enrollments; }
    RecordsTable *movementsTable() const { return m_movements; }
    UndoMessage *message() const { return m_message; }
    // The form opened last from the card, while it is open.
    QDialog *openForm() const { return m_form; }

    void editPersonalData();
    void addGuardian();
    void linkGuardian();
    void editGuardian();
    void changeRelation();
    void unlinkGuardian();

signals:
    // Something of the student changed (the list behind the card may reload).
    void changed();

private:
    void display(const QCborMap &student);
    void openForm(QDialog *dialog, const QString &done);
    void link(qint64 guardianId, const QString &relation, const QString &done);

    ServerConnection *m_connection;
    qint64 m_id;
    QCborMap m_student;
    QLabel *m_title;
    QFormLayout *m_data;
    QList<QLabel *> m_values;
    UndoMessage *m_message;
    RecordsModel *m_guardianModel;
    RecordsModel *m_enrollmentModel;
    RecordsModel *m_movementModel;
    RecordsTable *m_guardians;
    RecordsTable *m_enrollments;
    RecordsTable *m_movements;
    QDialog *m_form = nullptr;
};

} // namespace ejournal::client
