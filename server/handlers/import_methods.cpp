// import.preview and import.commit: a CSV file of students (with guardians) or of staff is
// checked row by row; the commit writes a file without problems in one transaction, or nothing.
#include "accounts_handlers.h"
#include "import_staff.h"
#include "import_students.h"

namespace ejournal::server::handlers {

namespace {
enum class ImportKind { Students, Staff };

ImportKind importKind(const RequestContext &ctx)
{
    const QString kind = ctx.text(QStringLiteral("kind"));
    if (kind == QLatin1String("students"))
        return ImportKind::Students;
    if (kind == QLatin1String("staff"))
        return ImportKind::Staff;
    throw fail(ErrorCode::Invalid, QStringLiteral("unknown import kind «%1»").arg(kind),
               {{QStringLiteral("kind"), QStringLiteral("must be students or staff")}});
}

QByteArray importData(const RequestContext &ctx)
{
    return ctx.params.value(QStringLiteral("data")).toByteArray();
}
} // namespace

QCborValue previewImport(RequestContext &ctx)
{
    if (importKind(ctx) == ImportKind::Students)
        return import::StudentImport(ctx, importData(ctx)).sheet().preview();
    return import::StaffImport(ctx, importData(ctx)).sheet().preview();
}

QCborValue commitImport(RequestContext &ctx)
{
    if (importKind(ctx) == ImportKind::Students)
        return import::StudentImport(ctx, importData(ctx)).commit(ctx);
    return import::StaffImport(ctx, importData(ctx)).commit(ctx);
}

} // namespace ejournal::server::handlers
