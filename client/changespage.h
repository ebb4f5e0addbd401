// The «Changes and substitutions» area: the day's changes sheet (everyone), the lessons of a
// day with the deputy's substitutions, moves, cancellations and merges, the signed-in
// teacher's own week, and the lesson calendar generation (the deputy).
#pragma once

#include "areapage.h"

class QTabWidget;

namespace ejournal::client {

class ChangesDayTab;
class ChangesLessonsTab;
class ChangesMyTab;
class LessonGenTab;
class ServerConnection;

class ChangesPage : public AreaPage
{
    Q_OBJECT
public:
    ChangesPage(ServerConnection *connection, QWidget *parent = nullptr);
    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    ChangesDayTab *dayTab() const { return m_day; }
    ChangesLessonsTab *lessonsTab() const { return m_lessons; }
    // Only for teachers (nullptr otherwise).
    ChangesMyTab *myTab() const { return m_my; }
    // Only for the deputy (nullptr otherwise).
    LessonGenTab *generationTab() const { return m_generation; }

private:
    void refresh();

    QTabWidget *m_tabs;
    ChangesDayTab *m_day;
    ChangesLessonsTab *m_lessons = nullptr;
    ChangesMyTab *m_my = nullptr;
    LessonGenTab *m_generation = nullptr;
    bool m_activated = false;
};

} // namespace ejournal::client
