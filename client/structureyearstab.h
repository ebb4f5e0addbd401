// The «Годы и периоды» tab: the school's years (new, edit, make current, close) and, for
// the chosen year, its period schemes with their periods (new scheme, edit dates, delete).
#pragma once

#include "structurelisttab.h"
#include "structureschemedialog.h"

#include <QMessageBox>
#include <QPointer>

class QLabel;
class QTreeView;

namespace ejournal::client {

class InlineMessage;
class StructureSchemesModel;

// The years part: a directory of years with their state actions.
class StructureYearsList : public StructureListTab
{
    Q_OBJECT
public:
    StructureYearsList(ServerConnection *connection, RecordsModel *years, bool canEdit, QWidget *parent);

    QPushButton *activateButton() const { return m_activate; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void yearChosen(const QCborMap &year);

protected:
    StructureFormDialog *makeDialog(const QCborMap &record) override;
    Removal removal(const QCborMap &record) const override;
    bool canEditRecord(const QCborMap &record) const override;
    void updateButtons() override;

private:
    void setState(const QString &state);
    void confirmClose();

    QPushButton *m_activate;
    QPushButton *m_close;
};

class StructureYearsTab : public QWidget
{
    Q_OBJECT
public:
    StructureYearsTab(ServerConnection *connection, RecordsModel *years, bool canEdit, QWidget *parent);

    StructureYearsList *years() const { return m_years; }
    StructureSchemesModel *schemes() const { return m_schemes; }
    QTreeView *schemesView() const { return m_tree; }
    QPushButton *newSchemeButton() const { return m_newScheme; }
    QPushButton *editSchemeButton() const { return m_editScheme; }
    QPushButton *deleteSchemeButton() const { return m_deleteScheme; }
    InlineMessage *schemesNotice() const { return m_notice; }
    StructureSchemeDialog *schemeDialog() const { return m_dialog; }
    QMessageBox *confirmation() const { return m_confirmation; }

    // Shows the period schemes of this year and makes it current in the list.
    void setYear(const QCborMap &year);

private:
    bool schemesEditable() const;
    QCborMap currentScheme() const;
    // An empty scheme: a new one.
    void openScheme(const QCborMap &scheme);
    void editCurrentScheme();
    void confirmDelete();
    void updateButtons();

    ServerConnection *m_connection;
    bool m_canEdit;
    QCborMap m_year;
    StructureYearsList *m_years;
    StructureSchemesModel *m_schemes;
    QLabel *m_title;
    QTreeView *m_tree;
    QPushButton *m_newScheme;
    QPushButton *m_editScheme;
    QPushButton *m_deleteScheme;
    InlineMessage *m_notice;
    QCborValue m_selectScheme;
    QPointer<StructureSchemeDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace ejournal::client
