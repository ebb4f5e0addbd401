// The save was refused only for warnings: each kind of warning with its cases and a check box;
// the deputy saves anyway once every kind is ticked (named acceptance, as the server demands).
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QPushButton;

namespace ejournal::client {

struct TimetableConflict;

class TimetableWarningsDialog : public QDialog
{
    Q_OBJECT
public:
    TimetableWarningsDialog(const QList<TimetableConflict> &conflicts, const QStringList &codes,
                            QWidget *parent = nullptr);

    QStringList accepted() const;
    QList<QCheckBox *> boxes() const { return m_boxes; }
    QPushButton *saveButton() const { return m_save; }

private:
    QList<QCheckBox *> m_boxes;
    QPushButton *m_save;
};

} // namespace ejournal::client
