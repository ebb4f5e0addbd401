// Words and short forms of the printed documents: attendance letters («н», «б»), final
// marks («н/а», «осв.»), short period heads («I ч.»), months, guardians' relations, orders,
// dates; and reading the CBOR answers of the paper.* methods.
#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ejournal::client {

class PaperText
{
    Q_DECLARE_TR_FUNCTIONS(PaperText)
public:
    static QString attendance(const QString &code);   // "absent" → «н»
    static QString markValue(const QString &value);   // "pass" → «зач», "na" → «н/а»
    static QString cell(const QString &attendance, const QCborArray &marks);  // «н», «5/4»
    static QString periodHead(const QCborMap &period);  // «I ч.», «II пол.», «Год»
    static QString yearHead();
    static QString month(int month);                  // «Сентябрь»
    static QString relation(const QString &relation); // "mother" → «мать»
    static QString order(const QCborMap &order);      // «зачислен 01.09.2026, пр. № 12-у»
    static QString date(const QString &iso);          // "2026-09-01" → «01.09.2026»
    static QString shortDate(const QString &iso);     // «01.09»
    static QString className(const QString &name);    // "5А" → «5 «А»»
};

// Shorthands for the answers.
inline QCborValue field(const QCborValue &v, const char *key)
{
    return v.toMap().value(QLatin1String(key));
}
inline QString textOf(const QCborValue &v, const char *key)
{
    return field(v, key).toString();
}
inline qint64 idOf(const QCborValue &v, const char *key)
{
    return field(v, key).toInteger();
}
inline QDate dateOf(const QCborValue &v, const char *key)
{
    return QDate::fromString(field(v, key).toString(), Qt::ISODate);
}

} // namespace ejournal::client
