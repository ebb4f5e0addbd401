// The curriculum grid as a spreadsheet: arrows move, typing a number edits the cell, Return
// saves and goes down, Esc cancels, Delete clears. Hours are typed as "5", "1,5" or "1.5".
// The model's last row (the totals) stays in view under the grid however far it scrolls.
#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace ejournal::client {

class HoursDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

class CurriculumGrid : public QTableView
{
    Q_OBJECT
public:
    explicit CurriculumGrid(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QTableView *footer() const { return m_footer; }

protected:
    void updateGeometries() override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveDown();
    void splitOffTotals();

    QTableView *m_footer;
    bool m_placingFooter = false;
};

} // namespace ejournal::client
