// The report designer: choose a dataset, drag its fields (or press Ctrl+1…Ctrl+5) into the
// zones — rows, pivot columns, values, filters, or the fields of a plain listing — set each
// value's aggregate and each filter's condition, sort, totals and chart, and see a live
// preview on real data (reports.run, debounced; only the newest answer counts). Saves the
// report (reports.save with the version it was opened at), saves a copy, shares it.
#pragma once

#include "latestrequest.h"
#include "reportdefinition.h"
#include "reportsoptions.h"

#include <QCborMap>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLayout;
class QComboBox;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ReportsFieldList;
class ReportsItemEditor;
class ReportsResultPanel;
class ServerConnection;

class ReportsDesigner : public QWidget
{
    Q_OBJECT
public:
    enum class Zone { Rows, Columns, Values, Filters, Fields };
    // What is known of the report being designed; id 0: not saved yet.
    struct Saved
    {
        qint64 id = 0;
        int version = 0;
        QString name;
        QString description;
        bool shared = false;
    };

    ReportsDesigner(ServerConnection *connection, QWidget *parent = nullptr);

    void open(const reports::Definition &definition, const Saved &saved);
    void setOptions(const ReportOptions &options);
    void setMayShare(bool mayShare);
    const reports::Definition &definition() const { return m_definition; }
    const Saved &savedState() const { return m_saved; }
    bool isModified() const { return m_modified; }
    // Asks whether to drop unsaved changes; true when there are none or the user agrees.
    bool confirmLeave();

    // The keyboard's way to the zones: the field selected in the dataset's list goes into zone.
    void addSelectedField(Zone zone);
    void saveReport(bool asCopy);
    void setShared(bool shared);

    QComboBox *datasetBox() const { return m_dataset; }
    ReportsFieldList *fieldsList() const { return m_fields; }
    ReportsFieldList *zone(Zone zone) const { return m_zones.value(int(zone)); }
    ReportsItemEditor *itemEditor() const { return m_item; }
    QComboBox *sortBox() const { return m_sort; }
    QCheckBox *totalsBox() const { return m_totals; }
    QComboBox *chartBox() const { return m_chart; }
    ReportsResultPanel *preview() const { return m_preview; }
    InlineMessage *message() const { return m_message; }
    QPushButton *shareButton() const { return m_share; }
    // How many previews have been shown (each answer of reports.run taken).
    int previewsShown() const { return m_previewsShown; }

signals:
    void saved(qint64 id);
    void closeRequested();

private:
    QWidget *buildFieldsColumn();
    QWidget *buildZonesColumn();
    QLayout *buildOptions(QWidget *parent);
    QWidget *buildPreviewColumn();
    QWidget *buildToolbar();
    void setDataset(const QString &key);
    void fillFields();
    void addField(Zone zone, const QString &key, int at);
    void removeItem(Zone zone, int row);
    void moveItem(Zone zone, int row, int delta);
    void dropped(Zone zone, const QString &key, int row, ReportsFieldList *source, int sourceRow);
    Zone zoneOf(const ReportsFieldList *list) const;
    int zoneSize(Zone zone) const;
    void changed();
    void refreshZones();
    void refreshSort();
    void refreshButtons();
    void showItem(Zone zone);
    QString itemText(Zone zone, int row) const;
    QString paramNameFor(const reports::FilterSpec &filter) const;
    QString incompleteHint() const;
    void schedulePreview();
    void runPreview();
    void chooseParams();
    void finishSave(class ReportsSaveDialog *dialog, bool asCopy);
    const reports::Dataset *dataset() const;

    ServerConnection *m_connection;
    LatestRequest m_previewRequest;
    QTimer m_previewTimer;
    reports::Definition m_definition;
    Saved m_saved;
    ReportOptions m_options;
    QCborMap m_previewParams;
    bool m_mayShare = false;
    bool m_modified = false;
    bool m_updating = false;
    int m_previewsShown = 0;
    int m_previewGeneration = 0;

    QLabel *m_title;
    QComboBox *m_dataset;
    QLabel *m_datasetDescription;
    ReportsFieldList *m_fields;
    QList<ReportsFieldList *> m_zones;
    ReportsItemEditor *m_item;
    QComboBox *m_sort;
    QCheckBox *m_descending;
    QCheckBox *m_totals;
    QComboBox *m_chart;
    InlineMessage *m_message;
    QLabel *m_paramsLine;
    QPushButton *m_paramsButton;
    ReportsResultPanel *m_preview;
    QPushButton *m_save;
    QPushButton *m_saveCopy;
    QPushButton *m_share;
};

} // namespace ejournal::client
