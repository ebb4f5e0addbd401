// The areas of the main window, what each is called and which capability it needs: the
// navigation shows only the areas the user's roles allow (the server enforces it anyway).
#pragma once

#include "access.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace ejournal::client {

class AreaPage;
class ServerConnection;

enum class Area {
    Home,
    Structure,   // years, periods, holidays, bells, subjects, rooms (structurepage)
    Classes,     // classes and study groups (classespage)
    People,      // staff, students and guardians, the movement book (peoplepage)
    Curriculum,  // curriculum, teaching load, coverage (curriculumpage)
    Accounts,    // logins, credential slips, CSV import (accountspage)
    Journal,     // the journal grid of a load and period (journalpage)
    Plan,        // КТП: calendar-thematic plans, plan versus fact (planpage)
    Paper,       // paper copies: the class journal, summary sheets, guardians' extracts (paperpage)
    Timetable,   // the timetable editor, its versions, printing, FET import (timetablepage)
    Changes,     // the day's changes, substitutions, lesson generation (changespage)
    Reports,     // standard reports, the report designer, exports (reportspage)
    JournalAdmin,  // kinds of work, mark scales, the correction window, corrections (journaladminpage)
    Server,      // backups and the server's health (serverpage)
    Sessions,
    Audit,
};

class Areas
{
    Q_DECLARE_TR_FUNCTIONS(Areas)
public:
    // In navigation order.
    static QList<Area> allowed(const QList<Role> &roles);
    static QString title(Area area);
    static QIcon icon(Area area);
    static AreaPage *createPage(Area area, ServerConnection *connection, QWidget *parent);
};

} // namespace ejournal::client
