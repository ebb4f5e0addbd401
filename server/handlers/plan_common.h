// What the plan handlers share: the load a КТП belongs to with the caller's rights on it,
// reading КТП items with their linked lessons, checking the fields of an item, writing a
// whole plan at once (import, copy) and the `plan.changed` event.
#pragma once

#include "checks.h"

#include <QCborArray>
#include <QCborMap>
#include <QDate>

#include <optional>

namespace ejournal::server::handlers::plan {

struct PlanItem
{
    qint64 id = 0;
    qint64 assignmentId = 0;
    int ordinal = 0;
    QString section;
    QString topic;
    double hours = 1;
    QDate plannedOn;  // invalid: no date
    QString homework;
    bool controlWork = false;
};

// {section, topic, hours, plannedOn, homework, controlWork}: the fields an edit changes.
QCborMap itemFields(const PlanItem &item);
// The КТП items of a load in order (itemId != 0: that one only).
QList<PlanItem> readItems(const RequestContext &ctx, qint64 assignmentId, qint64 itemId = 0);
// The item of the caller's school, or not_found.
PlanItem itemOf(const RequestContext &ctx, qint64 itemId);
// Item rows as plan.list returns them, each with `lessons [{id, date}]` (held or planned,
// not cancelled, not merged into another lesson).
QCborArray itemRows(const RequestContext &ctx, qint64 assignmentId,
                    const QList<PlanItem> &items);

// The academic year of a load of the caller's school (not_found otherwise).
YearInfo yearOfLoad(const RequestContext &ctx, qint64 assignmentId);
// The caller may read the load's journal (not_found, forbidden).
void requireReadable(const RequestContext &ctx, qint64 assignmentId);
// The caller may write the load's КТП and its year is not closed; returns the year.
YearInfo requireWritable(const RequestContext &ctx, qint64 assignmentId);

// A positive number up to `max` with at most one decimal (hours, weights), rounded to it;
// nullopt otherwise.
std::optional<double> tenthsUpTo(double value, double max);
// Field checks for create and update, `invalid` naming the field.
double checkedHours(const QCborValue &value, const QString &field);
// "" → no date (invalid QDate); "YYYY-MM-DD" inside the year; anything else `invalid`.
QDate checkedPlannedOn(const QString &text, const YearInfo &year, const QString &field);
QVariant dateBind(const QDate &date);  // NULL for an invalid date

// Inside write(): a whole plan for a load. Refuses (invalid, details.replace) a load that
// already has a plan unless `replace`; with it, the old items go (their lessons keep their
// topics, lose the link). Returns how many items were written.
int writeWholePlan(const RequestContext &ctx, qint64 assignmentId, const QList<PlanItem> &items,
                   bool replace);
// Inside write(): unlinks the lessons of the items matching `where` (SQL over plan_item p,
// binds after school id) and bumps their versions, so that an open lesson card sees it.
void unlinkLessons(const RequestContext &ctx, const QString &where, const QVariantList &binds);

// Queues `plan.changed {assignmentId}` to those who have the load's journal open.
void notifyChanged(RequestContext &ctx, qint64 assignmentId);

} // namespace ejournal::server::handlers::plan
