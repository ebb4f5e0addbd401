// The journal grid: a table with the number and name columns frozen on the left (Qt's
// "Frozen Column" technique: a second view over the first, sharing model and selection) and
// a two-row date header, filled from the keyboard like a paper column: a mark or н/б/у/оп
// goes into the cell at once and the cursor moves down to the next student.
#pragma once

#include <QTableView>

namespace ejournal::client {

class JournalModel;

class JournalGrid : public QTableView
{
    Q_OBJECT
public:
    explicit JournalGrid(JournalModel *model, QWidget *parent = nullptr);

    JournalModel *journalModel() const { return m_model; }
    QTableView *frozenView() const { return m_frozen; }
    // Sizes the columns and puts the cursor on the current lesson (after a new journal).
    void resetLayout();
    // The first letter of a two-letter code waiting for the second ("о" of "оп").
    QString typedPrefix() const { return m_prefix; }

signals:
    void lessonCardRequested(int column);
    void historyRequested(const QModelIndex &index);
    // The lesson's kind of work chosen from the header's menu.
    void lessonKindRequested(int column, qint64 workTypeId);
    void prefixChanged(const QString &prefix);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool quickKey(QKeyEvent *event);
    void typeToken(const QString &token, bool add);
    void clearSelected();
    void moveDown();
    void startEditing(const QString &text);
    void showHeaderMenu(const QPoint &pos);
    void updateFrozenGeometry();
    void setPrefix(const QString &prefix);

    JournalModel *m_model;
    QTableView *m_frozen;
    QString m_prefix;
};

} // namespace ejournal::client
