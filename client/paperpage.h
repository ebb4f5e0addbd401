// The "Paper copies" page: choose a year, then the class journal of a class for a period or
// the year, the summary sheet of final marks of a class or a whole grade, or a guardian's
// extract for a student and dates; preview, print or save it as PDF; or write the journals
// of all classes to a folder of PDFs.
#pragma once

#include "areapage.h"

#include <QCborArray>
#include <QCborMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;
class QTabWidget;

namespace ejournal::client {

class InlineMessage;
class PaperBatch;
class Printable;
class ServerConnection;

class PaperCopiesPage : public AreaPage
{
    Q_OBJECT
public:
    enum class Output { Preview, Print, Pdf };

    explicit PaperCopiesPage(ServerConnection *connection, QWidget *parent = nullptr);
    void activate() override;

    // For tests and the batch: the document of the current choice, handed to `done` once
    // fetched and composed (with the suggested file name).
    void makeDocument(const std::function<void(const Printable &, const QString &)> &done);
    // Writes the journals of every class of the year into folder (no folder dialog).
    PaperBatch *saveAllTo(const QString &folder);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *classBox(int tab) const;
    QComboBox *periodBox() const { return m_period; }
    QComboBox *studentBox() const { return m_student; }
    QCheckBox *gradeCheck() const { return m_wholeGrade; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    InlineMessage *message() const { return m_message; }

private:
    QWidget *journalTab();
    QWidget *sheetTab();
    QWidget *extractTab();
    void load(qint64 yearId);
    void fillClasses();
    void classChosen();
    void produce(Output output);
    void saveAll();
    QCborMap currentClass(int tab) const;

    ServerConnection *m_connection;
    QCborMap m_options;
    QComboBox *m_year;
    QTabWidget *m_tabs;
    QComboBox *m_journalClass;
    QComboBox *m_period;
    QComboBox *m_sheetClass;
    QCheckBox *m_wholeGrade;
    QComboBox *m_extractClass;
    QComboBox *m_student;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_all;
    InlineMessage *m_message;
    bool m_filling = false;
};

} // namespace ejournal::client
