// Unit tests of common/marks: scales and their values, final-mark values, attendance codes,
// low marks, the weighted average and the final mark it suggests.
#include "marks.h"

#include <QtTest>

using namespace ejournal::marks;

class TestMarks : public QObject
{
    Q_OBJECT

private slots:
    void scalesByName();
    void markValuesOfEachScale();
    void finalValues();
    void attendanceCodes();
    void lowMarks();
    void weightedAverage();
    void suggestedFinalRoundsHalfUp();
};

void TestMarks::scalesByName()
{
    for (Scale s : {Scale::Five, Scale::Ten, Scale::Pass}) {
        Scale back = Scale::Five;
        QVERIFY(scaleFromName(scaleName(s), &back));
        QCOMPARE(back, s);
    }
    Scale untouched = Scale::Ten;
    QVERIFY(!scaleFromName(QStringLiteral("hundred"), &untouched));
    QCOMPARE(untouched, Scale::Ten);
}

void TestMarks::markValuesOfEachScale()
{
    QCOMPARE(values(Scale::Five), QStringList({"1", "2", "3", "4", "5"}));
    QCOMPARE(values(Scale::Ten).size(), 10);
    QCOMPARE(values(Scale::Pass), QStringList({"fail", "pass"}));
    QVERIFY(isValidMark(Scale::Five, QStringLiteral("5")));
    QVERIFY(!isValidMark(Scale::Five, QStringLiteral("6")));
    QVERIFY(isValidMark(Scale::Ten, QStringLiteral("10")));
    QVERIFY(!isValidMark(Scale::Five, QStringLiteral("pass")));
    QVERIFY(!isValidMark(Scale::Five, QStringLiteral("na")));
    QVERIFY(!isValidMark(Scale::Five, QString()));
}

void TestMarks::finalValues()
{
    for (const char *v : {"5", "na", "exempt", "pass", "fail"})
        QVERIFY2(isValidFinal(Scale::Five, QString::fromLatin1(v)), v);
    QVERIFY(isValidFinal(Scale::Ten, QStringLiteral("9")));
    QVERIFY(!isValidFinal(Scale::Five, QStringLiteral("9")));
    QVERIFY(!isValidFinal(Scale::Pass, QStringLiteral("5")));
}

void TestMarks::attendanceCodes()
{
    Attendance a = Attendance::Late;
    QVERIFY(attendanceFromName(QString(), &a));
    QCOMPARE(a, Attendance::None);
    QVERIFY(attendanceFromName(QStringLiteral("sick"), &a));
    QCOMPARE(a, Attendance::Sick);
    QVERIFY(!attendanceFromName(QStringLiteral("sometimes"), &a));
    QVERIFY(isAway(Attendance::Absent) && isAway(Attendance::Sick) && isAway(Attendance::Excused));
    QVERIFY(!isAway(Attendance::Late) && !isAway(Attendance::None));
}

void TestMarks::lowMarks()
{
    QVERIFY(isLow(Scale::Five, QStringLiteral("2")));
    QVERIFY(!isLow(Scale::Five, QStringLiteral("3")));
    QVERIFY(isLow(Scale::Ten, QStringLiteral("3")));
    QVERIFY(!isLow(Scale::Ten, QStringLiteral("4")));
    QVERIFY(isLow(Scale::Pass, QStringLiteral("fail")));
    QVERIFY(!isLow(Scale::Pass, QStringLiteral("pass")));
}

void TestMarks::weightedAverage()
{
    QVERIFY(!ejournal::marks::weightedAverage({}).has_value());
    QVERIFY(!ejournal::marks::weightedAverage({{QStringLiteral("pass"), 1}}).has_value());
    const auto avg = ejournal::marks::weightedAverage(
        {{QStringLiteral("5"), 1}, {QStringLiteral("2"), 2}, {QStringLiteral("na"), 1}});
    QVERIFY(avg.has_value());
    QCOMPARE(*avg, 3.0);
    QCOMPARE(numericValue(QStringLiteral("exempt")).has_value(), false);
}

void TestMarks::suggestedFinalRoundsHalfUp()
{
    QCOMPARE(suggestedFinal(Scale::Five, 2.5), QStringLiteral("3"));
    QCOMPARE(suggestedFinal(Scale::Five, 3.49), QStringLiteral("3"));
    QCOMPARE(suggestedFinal(Scale::Five, 4.5), QStringLiteral("5"));
    QCOMPARE(suggestedFinal(Scale::Ten, 9.7), QStringLiteral("10"));
    QCOMPARE(suggestedFinal(Scale::Five, std::nullopt), QString());
    QCOMPARE(suggestedFinal(Scale::Pass, 4.0), QString());
}

QTEST_MAIN(TestMarks)
#include "tst_marks.moc"
