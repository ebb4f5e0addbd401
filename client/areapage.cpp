// The common header of area pages.
#include "areapage.h"

#include "uistyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ejournal::client {

QWidget *AreaPage::makeHeader(const QString &title, const QString &description, QWidget *parent)
{
    auto *header = new QWidget(parent);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    auto *titleLabel = new QLabel(title, header);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    makeTitle(titleLabel, 1.6);
    layout->addWidget(titleLabel);
    if (!description.isEmpty()) {
        auto *descriptionLabel = new QLabel(description, header);
        descriptionLabel->setWordWrap(true);
        makeSecondary(descriptionLabel);
        layout->addWidget(descriptionLabel);
    }
    return header;
}

} // namespace ejournal::client
