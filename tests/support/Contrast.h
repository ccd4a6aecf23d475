#pragma once

#include <QColor>
#include <QPalette>
#include <cmath>

namespace test {

// WCAG 2's contrast ratio of two colours: 1 (the same) to 21 (black on white). Lines and icons
// need 3:1 against what they are drawn on; text and thin lines, 4.5:1.
inline double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A high-contrast palette as desktops offer it: white on black, yellow selection.
inline QPalette highContrastPalette()
{
    QPalette p(Qt::white, Qt::black);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase,
                      QPalette::Dark, QPalette::Shadow, QPalette::Mid})
        p.setColor(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::Light,
                      QPalette::BrightText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

} // namespace test
