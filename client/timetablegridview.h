// The editor's grid view: cells stretch to the page; the deputy drags cells and load items
// onto cells, and works from the keyboard: arrows, Enter/Insert place the chosen load item,
// Ctrl+X then Ctrl+V moves (swaps with an occupied cell), Delete removes, Esc drops the cut;
// in the forbidden-slots mode a click, Space or Enter toggles the slot.
#pragma once

#include <QTableView>

namespace ejournal::client {

class TimetableGridModel;

class TimetableGridView : public QTableView
{
    Q_OBJECT
public:
    explicit TimetableGridView(QWidget *parent = nullptr);

    void setGridModel(TimetableGridModel *model);
    TimetableGridModel *gridModel() const { return m_model; }
    void setEditable(bool editable);

signals:
    // Enter or Insert on a cell: place the load item chosen in the side list there.
    void placeRequested(const QModelIndex &cell);
    void menuRequested(const QModelIndex &cell, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    TimetableGridModel *m_model = nullptr;
    bool m_editable = false;
};

} // namespace ejournal::client
