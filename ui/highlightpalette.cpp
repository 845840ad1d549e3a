#include "highlightpalette.h"

#include <QtMath>

#include <cmath>

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool HighlightPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

double HighlightPalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor HighlightPalette::color(int speaker, const QPalette &palette, Strength strength)
{
    const bool dark = isDark(palette);
    const bool soft = strength == Strength::Soft;
    double hue = 0;
    double saturation = 0;
    if (speaker >= 0) {
        // Golden-angle steps from a warm start; the first hues are yellow, blue, pink, green...
        hue = std::fmod(0.14 + speaker * 0.381966, 1.0);
        saturation = dark ? (soft ? 0.30 : 0.55) : (soft ? 0.70 : 0.90);
    }
    // Soft tints stay close to the page so the normal strength stands out beside them.
    double lightness = dark ? (soft ? 0.17 : 0.33) : (soft ? 0.94 : 0.80);
    const QColor text = palette.color(QPalette::Text);
    QColor c = QColor::fromHslF(float(hue), float(saturation), float(lightness));
    // Move away from the text colour until the text stays easy to read on top of the highlight.
    for (int i = 0; i < 20 && contrast(c, text) < MinimumContrast; ++i) {
        lightness = dark ? std::max(0.0, lightness - 0.03) : std::min(1.0, lightness + 0.02);
        c = QColor::fromHslF(float(hue), float(saturation), float(lightness));
    }
    return c;
}
