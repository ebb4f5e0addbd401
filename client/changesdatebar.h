// The date (or week) switcher of the changes area: ← a date field → and «Today»; Alt+Left and
// Alt+Right step back and forth (a day, or a week), Alt+Home returns to today.
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QToolButton;

namespace ejournal::client {

class ChangesDateBar : public QWidget
{
    Q_OBJECT
public:
    // stepDays 1: a day; 7: a week (the date shown is then the week's Monday).
    explicit ChangesDateBar(int stepDays, QWidget *parent = nullptr);

    QDate date() const;
    // The last day shown: the date itself, or the week's Saturday.
    QDate lastDate() const;
    void setDate(const QDate &date);
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged(const QDate &date);

private:
    void step(int direction);
    void showRange();

    int m_step;
    QDateEdit *m_edit;
    QLabel *m_range;
};

} // namespace ejournal::client
