// Accepting named warnings before saving.
#include "timetablewarningsdialog.h"

#include "timetabledocument.h"
#include "timetabletext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

TimetableWarningsDialog::TimetableWarningsDialog(const QList<TimetableConflict> &conflicts,
                                                 const QStringList &codes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("timetableWarningsDialog"));
    setWindowTitle(tr("Save with warnings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The timetable has no errors, but the changes cause these "
                                "warnings. Tick each kind you accept to save anyway."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const QString &code : codes) {
        auto *box = new QCheckBox(TimetableText::warningName(code), this);
        box->setProperty("code", code);
        QFont bold = box->font();
        bold.setBold(true);
        box->setFont(bold);
        layout->addWidget(box);
        QStringList cases;
        for (const TimetableConflict &c : conflicts)
            if (c.code == code)
                cases.append(QStringLiteral("• %1: %2").arg(TimetableText::slot(c.weekday, c.lessonNo),
                                                          TimetableText::reason(c)));
        auto *list = new QLabel(cases.join(QLatin1Char('\n')), this);
        list->setWordWrap(true);
        list->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(list);
        m_boxes.append(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save anyway"), QDialogButtonBox::AcceptRole);
    m_save->setEnabled(false);
    layout->addWidget(buttons);
    for (QCheckBox *box : std::as_const(m_boxes))
        connect(box, &QCheckBox::toggled, this, [this] {
            m_save->setEnabled(accepted().size() == m_boxes.size());
        });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

QStringList TimetableWarningsDialog::accepted() const
{
    QStringList codes;
    for (QCheckBox *box : m_boxes)
        if (box->isChecked())
            codes.append(box->property("code").toString());
    return codes;
}

} // namespace ejournal::client
