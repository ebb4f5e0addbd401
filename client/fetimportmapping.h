// The FET import wizard's mapping page: FET's days and hours, teachers, subjects, students
// sets and rooms beside the school's items they were matched to (by name, or by the user's
// choice from a list where no single item matched), and what cannot be imported and why.
// Every choice previews the file again; the page is complete when everything can be imported.
#pragma once

#include <QCborArray>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace ejournal::client {

class FetImportWizard;
class InlineMessage;

class FetMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FetMappingPage(FetImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    // The table of a part: "teachers", "subjects", "studentsSets", "rooms" (or "slots").
    QTableWidget *table(const QString &part) const;
    // The school's choices beside a FET name of a part (nullptr when the name is not listed).
    QComboBox *choiceFor(const QString &part, const QString &fetName) const;
    QListWidget *problems() const { return m_problems; }
    QLabel *status() const { return m_status; }

private:
    struct Part
    {
        QString key;       // in fet.preview and the mapping
        QString idKey;     // staffId, subjectId, roomId; empty for students sets
        QTableWidget *table;
    };
    void loadChoices();
    void showPreview();
    void fillSlots(const QCborMap &preview);
    void fillPart(const Part &part, const QCborArray &rows);
    QComboBox *makeChoice(const Part &part, const QCborMap &row);

    FetImportWizard *m_wizard;
    QTabWidget *m_tabs;
    QTableWidget *m_slots;
    QList<Part> m_parts;
    QListWidget *m_problems;
    QLabel *m_status;
    InlineMessage *m_message;
    // The school's items per part: [{value (the mapping's choice), name}].
    QHash<QString, QList<std::pair<QCborValue, QString>>> m_choices;
    int m_choicesPending = 0;
};

} // namespace ejournal::client
