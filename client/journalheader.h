// The journal grid's column header, two rows like a paper journal: the month over its lessons
// and the day under it; the number, name, average and final columns span both rows. Today's
// lesson is highlighted, a cancelled one greyed, a control work's day in red.
#pragma once

#include <QHeaderView>

namespace ejournal::client {

class JournalHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit JournalHeader(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    void paintLesson(QPainter *painter, const QRect &rect, int logicalIndex) const;
    QString month(int logicalIndex) const;
};

// The colours of the journal, shared by the header and the cells.
namespace journalcolors {
QColor paper();        // the background of the grid
QColor line();         // grid lines
QColor headerFill();   // header cells
QColor current();      // today's lesson column
QColor unavailable();  // cancelled lessons, students not in the class that day
QColor low();          // low marks
QColor away();         // н, б, у
QColor late();         // оп
QColor summary();      // average and final columns
} // namespace journalcolors

} // namespace ejournal::client
