// The application style and shared label styles.
#include "uistyle.h"

#include <QApplication>
#include <QLabel>
#include <QProxyStyle>
#include <QStyleFactory>

namespace ejournal::client {

namespace {
class ClientStyle : public QProxyStyle
{
public:
    ClientStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};
} // namespace

void applyApplicationStyle()
{
    QApplication::setStyle(new ClientStyle);
}

void makeTitle(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void makeSecondary(QLabel *label)
{
    QPalette palette = label->palette();
    QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    text.setRgbF(text.redF() * 0.62f + window.redF() * 0.38f,
                 text.greenF() * 0.62f + window.greenF() * 0.38f,
                 text.blueF() * 0.62f + window.blueF() * 0.38f);
    palette.setColor(QPalette::WindowText, text);
    label->setPalette(palette);
}

} // namespace ejournal::client
