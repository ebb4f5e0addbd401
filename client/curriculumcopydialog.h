// «Copy a class's plan…»: the deputy picks the source class and the classes (by default its
// parallel classes) whose plans are replaced by it, sees what will be replaced, and confirms.
#pragma once

#include "curriculumplanmodel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class CurriculumCopyDialog : public QDialog
{
    Q_OBJECT
public:
    CurriculumCopyDialog(ServerConnection *connection,
                         const QList<CurriculumPlanModel::ClassColumn> &classes,
                         qint64 sourceClassId, QWidget *parent = nullptr);

    QComboBox *sourceCombo() const { return m_source; }
    QListWidget *targetList() const { return m_targets; }
    QPushButton *replaceButton() const { return m_replace; }
    InlineMessage *message() const { return m_message; }

signals:
    // The plans were replaced; a sentence for the user.
    void copied(const QString &message);

private:
    void fillTargets();
    void updateWarning();
    QList<qint64> checkedTargets(QStringList *names = nullptr) const;
    void submit();

    ServerConnection *m_connection;
    QList<CurriculumPlanModel::ClassColumn> m_classes;
    QComboBox *m_source;
    QListWidget *m_targets;
    QLabel *m_targetsProblem;
    QLabel *m_warning;
    InlineMessage *m_message;
    QPushButton *m_replace;
};

} // namespace ejournal::client
