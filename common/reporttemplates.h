// The standard reports shipped with ejournal, as report definitions (templates of the one
// report engine): success and quality, attendance, missed lessons, unsatisfactory marks,
// journal keeping, curriculum fulfilment, control works, workload, movement, a class
// teacher's period report. A user runs them as they are or saves an edited copy.
#pragma once

#include "reportdefinition.h"

#include <QList>

namespace ejournal::reports {

struct Template
{
    const char *key;          // "successQuality"
    const char *name;         // English source, translated in the context "reports"
    const char *description;  // one or two sentences: what it shows and for whom
    Definition definition;
};

const QList<Template> &templates();
const Template *findTemplate(QStringView key);

} // namespace ejournal::reports
