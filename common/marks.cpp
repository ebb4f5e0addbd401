// Domain rules of marks: scales, attendance codes, weighted average.
#include "marks.h"

#include <algorithm>
#include <cmath>

namespace ejournal::marks {

namespace {
int topOf(Scale scale)
{
    return scale == Scale::Ten ? 10 : 5;
}
} // namespace

QString scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Five: return QStringLiteral("five");
    case Scale::Ten: return QStringLiteral("ten");
    case Scale::Pass: return QStringLiteral("pass");
    }
    return {};
}

bool scaleFromName(const QString &name, Scale *out)
{
    for (Scale s : {Scale::Five, Scale::Ten, Scale::Pass})
        if (scaleName(s) == name) {
            *out = s;
            return true;
        }
    return false;
}

QStringList values(Scale scale)
{
    if (scale == Scale::Pass)
        return {QStringLiteral("fail"), QStringLiteral("pass")};
    QStringList out;
    for (int v = 1; v <= topOf(scale); ++v)
        out.append(QString::number(v));
    return out;
}

bool isValidMark(Scale scale, const QString &value)
{
    return values(scale).contains(value);
}

bool isValidFinal(Scale scale, const QString &value)
{
    return isValidMark(scale, value) || value == QLatin1String("na")
        || value == QLatin1String("exempt") || value == QLatin1String("pass")
        || value == QLatin1String("fail");
}

std::optional<double> numericValue(const QString &value)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < 1 || v > 10)
        return std::nullopt;
    return double(v);
}

bool isLow(Scale scale, const QString &value)
{
    if (value == QLatin1String("fail") || value == QLatin1String("na"))
        return true;
    const auto v = numericValue(value);
    return v && *v < (scale == Scale::Ten ? 4 : 3);
}

QString attendanceName(Attendance code)
{
    switch (code) {
    case Attendance::None: return {};
    case Attendance::Absent: return QStringLiteral("absent");
    case Attendance::Sick: return QStringLiteral("sick");
    case Attendance::Excused: return QStringLiteral("excused");
    case Attendance::Late: return QStringLiteral("late");
    }
    return {};
}

bool attendanceFromName(const QString &name, Attendance *out)
{
    for (Attendance a : {Attendance::None, Attendance::Absent, Attendance::Sick,
                         Attendance::Excused, Attendance::Late})
        if (attendanceName(a) == name) {
            *out = a;
            return true;
        }
    return false;
}

bool isAway(Attendance code)
{
    return code == Attendance::Absent || code == Attendance::Sick || code == Attendance::Excused;
}

std::optional<double> weightedAverage(const QList<WeightedMark> &marks)
{
    double sum = 0, weights = 0;
    for (const WeightedMark &m : marks)
        if (const auto v = numericValue(m.value); v && m.weight > 0) {
            sum += *v * m.weight;
            weights += m.weight;
        }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

QString suggestedFinal(Scale scale, std::optional<double> average)
{
    if (!average || scale == Scale::Pass)
        return {};
    const int rounded = int(std::floor(*average + 0.5));
    return QString::number(std::clamp(rounded, 1, topOf(scale)));
}

} // namespace ejournal::marks
