// The curriculum area's handlers: the curriculum (curriculum.cpp), the teaching load
// (curriculum_load.cpp) and the coverage view (curriculum_coverage.cpp). curriculum.cpp
// routes them.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers {

// curriculum.cpp
QCborValue listCurriculum(RequestContext &ctx);
QCborValue setCurriculum(RequestContext &ctx);
QCborValue copyCurriculum(RequestContext &ctx);
// curriculum_load.cpp
QCborValue listLoad(RequestContext &ctx);
QCborValue createLoad(RequestContext &ctx);
QCborValue updateLoad(RequestContext &ctx);
QCborValue deleteLoad(RequestContext &ctx);
// curriculum_coverage.cpp
QCborValue curriculumCoverage(RequestContext &ctx);

// The coverage query itself (also run directly by tests/bench_coverage.cpp). Numbered
// parameters: $1 school id, $2 academic year id, $3 class id or 0 for every class.
// Columns: class_id, class_name, subject_id, subject_name, short_name, planned, assigned,
// status, worst_group, teachers (json), groups (json), load_ids (json).
const QString &coverageQuery();

} // namespace ejournal::server::handlers
