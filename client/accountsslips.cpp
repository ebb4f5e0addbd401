// Credential slips.
#include "accountsslips.h"

namespace ejournal::client {

namespace {
QString row(const QString &label, const QString &value, const QString &style = {})
{
    return QStringLiteral("<tr><td width=\"46%\" valign=\"middle\" style=\"color:#555555; white-space:nowrap\">%1</td>"
                          "<td valign=\"middle\" style=\"%3\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), style);
}
} // namespace

Credential Credential::fromReply(const QCborMap &map, const QString &kind, const QString &className)
{
    const QString given = map.value(QStringLiteral("personKind")).toString();
    return Credential{map.value(QStringLiteral("fullName")).toString(),
                      given.isEmpty() ? kind : given, className,
                      map.value(QStringLiteral("login")).toString(),
                      map.value(QStringLiteral("password")).toString()};
}

QString CredentialSlips::kindName(const QString &kind)
{
    if (kind == QLatin1String("staff"))
        return tr("Staff member");
    if (kind == QLatin1String("student"))
        return tr("Student");
    if (kind == QLatin1String("guardian"))
        return tr("Parent");
    return tr("Service account");
}

QString CredentialSlips::whoText(const Credential &credential)
{
    if (credential.className.isEmpty())
        return kindName(credential.kind);
    if (credential.kind == QLatin1String("guardian"))
        return tr("Parent of a student of %1").arg(credential.className);
    return tr("%1, class %2").arg(kindName(credential.kind), credential.className);
}

PrintDocument CredentialSlips::document(const QList<Credential> &credentials,
                                        const QString &school, const QString &serverAddress)
{
    PrintDocument doc;
    doc.setTitle(tr("Sign-in details for the electronic journal"));
    doc.setSchoolName(school);
    doc.setColumns(2);
    doc.setCutLines(true);
    const QString mono = QStringLiteral("font-family:'DejaVu Sans Mono'; font-size:12pt; font-weight:bold");
    for (const Credential &c : credentials) {
        QString html = QStringLiteral("<div style=\"font-size:8pt; color:#555555\">%1</div>"
                                      "<div style=\"font-size:9pt; color:#555555\">%2</div>"
                                      "<div style=\"font-size:12pt; font-weight:bold; margin-top:4pt\">%3</div>"
                                      "<div style=\"margin-bottom:4pt\">%4</div>")
                           .arg(school.toHtmlEscaped(),
                                tr("Electronic journal and diary").toHtmlEscaped(),
                                c.fullName.toHtmlEscaped(), whoText(c).toHtmlEscaped());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
        html += row(tr("Login"), c.login, mono);
        html += row(tr("Temporary password"), c.password, mono);
        html += row(tr("Server"), serverAddress);
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p style=\"font-size:8.5pt; margin-top:5pt\">%1</p>")
                    .arg(tr("At the first sign-in the program will ask you to change the "
                            "password. Keep this slip out of other people's sight.").toHtmlEscaped());
        doc.addBlock(html);
    }
    return doc;
}

} // namespace ejournal::client
