// The deputy closes a school year in the client: the dialog lists what is left (an open
// period), refuses nothing it has not been told to waive, shows a dry run's changes, and
// closes the year for real after the deputy confirms.
#include "testcluster.h"
#include "tst_client_helpers.h"
#include "yearclosedialog.h"
#include "yearclosetext.h"

#include <QMessageBox>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

// Answers the next modal question box with Yes.
void answerYesSoon()
{
    QTimer::singleShot(200, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}
} // namespace

class TestClientYearClose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deputyRehearsesAndCloses();

private:
    void sql(const QString &statement);

    TestServer m_server;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_year = 0;
};

void TestClientYearClose::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

void TestClientYearClose::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    const QString s = m_db->value(QStringLiteral("SELECT id FROM school")).toString();
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')").arg(s));
    m_year = m_db->value(QStringLiteral("SELECT id FROM academic_year")).toLongLong();
    const QString y = QString::number(m_year);
    sql(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " VALUES (%1, %2, 'year', 'Год')").arg(s, y));
    sql(QStringLiteral("INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on)"
                       " SELECT %1, id, 1, 'Год', '2026-09-01', '2027-05-31' FROM period_scheme").arg(s));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter) VALUES"
                       " (%1, %2, 5, 'А'), (%1, %2, 11, 'А')").arg(s, y));
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name) VALUES"
                       " (%1, 'Алексеев', 'Антон'), (%1, 'Выпускник', 'Дмитрий')").arg(s));
    sql(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
                       " SELECT %1, st.id, c.id, '2026-09-01' FROM student st JOIN class_unit c"
                       " ON c.grade = CASE st.last_name WHEN 'Алексеев' THEN 5 ELSE 11 END").arg(s));
    QVERIFY(m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")}) > 0);
}

void TestClientYearClose::deputyRehearsesAndCloses()
{
    GuiClient client;
    client.signIn(m_server, QStringLiteral("deputy"), kPassword);
    YearCloseDialog dialog(client.connection(),
                           {{QStringLiteral("id"), m_year}, {QStringLiteral("name"), QStringLiteral("2026/2027")}});
    dialog.show();
    QTreeWidget *checks = dialog.checksView();
    QTRY_COMPARE_WITH_TIMEOUT(checks->topLevelItemCount(), 4, kTimeoutMs);
    QTreeWidgetItem *periods = checks->findItems(YearCloseText::checkTitle(QStringLiteral("periods_open")), Qt::MatchExactly).value(0);
    QVERIFY(periods);
    QCOMPARE(periods->text(1), QStringLiteral("1"));
    QVERIFY(!dialog.rehearseButton()->isEnabled());  // no order number yet

    QTest::keyClicks(dialog.orderEdit(), QStringLiteral("45-u"));
    QVERIFY(dialog.rehearseButton()->isEnabled());
    QTest::mouseClick(dialog.rehearseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.rehearseButton()->isEnabled(), kTimeoutMs);
    QVERIFY(dialog.summaryView()->toPlainText().isEmpty());  // the open period was not waived

    periods->setCheckState(0, Qt::Checked);
    QTest::mouseClick(dialog.rehearseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.summaryView()->toPlainText().contains(QStringLiteral("5А → 6А")),
                             kTimeoutMs);
    QVERIFY(dialog.summaryView()->toPlainText().contains(QStringLiteral("2027/2028")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT state FROM academic_year WHERE id = %1").arg(m_year)).toString(),
             QStringLiteral("active"));

    QSignalSpy closed(&dialog, &YearCloseDialog::closed);
    answerYesSoon();
    QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeoutMs);
    QCOMPARE(m_db->value(QStringLiteral("SELECT state FROM academic_year WHERE id = %1").arg(m_year)).toString(),
             QStringLiteral("closed"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'withdrawal'")).toInt(), 1);
}

QTEST_MAIN(TestClientYearClose)
#include "tst_client_yearclose.moc"
