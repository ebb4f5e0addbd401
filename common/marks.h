// Domain rules of marks shared by the server and the client: mark scales and their values,
// attendance codes, final-mark values and the weighted average the journal suggests.
// Values travel as text: "1".."5", "1".."10", "pass"/"fail"; finals may also be
// "na" (н/а, not certified) and "exempt" (освобождён).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ejournal::marks {

enum class Scale { Five, Ten, Pass };

QString scaleName(Scale scale);  // "five", "ten", "pass"
bool scaleFromName(const QString &name, Scale *out);
// The values a mark of the scale may take, best last ("1".."5"; "fail","pass").
QStringList values(Scale scale);
bool isValidMark(Scale scale, const QString &value);
// Final marks: the scale's values plus "na" and "exempt"; "pass"/"fail" on every scale
// (a subject may be certified by зачёт at the end of a period).
bool isValidFinal(Scale scale, const QString &value);
// The number a value counts as in averages; nullopt for pass/fail, na and exempt.
std::optional<double> numericValue(const QString &value);
// A value below the pass line (2 and 1 on the five-point scale, 1–3 on the ten-point one,
// "fail"): shown in red and counted in the failing reports.
bool isLow(Scale scale, const QString &value);

enum class Attendance { None, Absent, Sick, Excused, Late };
QString attendanceName(Attendance code);  // "", "absent", "sick", "excused", "late"
bool attendanceFromName(const QString &name, Attendance *out);
// The student was not in the lesson (н, б, у); "late" (оп) counts as present.
bool isAway(Attendance code);

struct WeightedMark
{
    QString value;
    double weight = 1.0;
};
// Σ value·weight / Σ weight over the numeric marks; nullopt when there is none.
std::optional<double> weightedAverage(const QList<WeightedMark> &marks);
// The final mark the average suggests on the scale (2.5 → 3, 3.5 → 4, 4.5 → 5 on the
// five-point scale; rounding half up); empty when there is no average.
QString suggestedFinal(Scale scale, std::optional<double> average);

} // namespace ejournal::marks
