// A page of the main window: one area of the program (home, sessions, audit log, …).
#pragma once

#include <QWidget>

class QLabel;

namespace ejournal::client {

class AreaPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Called each time the page becomes the current one (load or refresh data here).
    virtual void activate() {}
    // Before the user signs out or closes the program: asks about unsaved work on the page;
    // true to go on, false to stay.
    virtual bool confirmLeave() { return true; }

protected:
    // The big title line every page starts with, with an optional explanation under it.
    static QWidget *makeHeader(const QString &title, const QString &description, QWidget *parent);
};

} // namespace ejournal::client
