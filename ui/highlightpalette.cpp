#include "highlightpalette.h"

#include <algorithm>
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

// Luminance that has the given WCAG contrast with the base, darker or lighter than it.
double luminanceAt(double base, double ratio, bool darker)
{
    return darker ? (base + 0.05) / ratio - 0.05 : (base + 0.05) * ratio - 0.05;
}

// The colour of this hue and saturation whose luminance is closest to the target: luminance grows
// with HSL lightness, so halving the interval finds it.
QColor withLuminance(double hue, double saturation, double target)
{
    double low = 0;
    double high = 1;
    for (int i = 0; i < 24; ++i) {
        const double mid = (low + high) / 2;
        if (luminance(QColor::fromHslF(float(hue), float(saturation), float(mid))) < target)
            low = mid;
        else
            high = mid;
    }
    return QColor::fromHslF(float(hue), float(saturation), float((low + high) / 2));
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
    const double base = luminance(palette.color(QPalette::Base));
    const double text = luminance(palette.color(QPalette::Text));
    // Highlights go from the page towards the text colour, as far as the text on them stays
    // readable: darker on a light page, lighter on a dark one.
    const bool towardsDark = text < base;
    // A little above the minimum, so that rounding to 8-bit channels cannot take it below.
    const double minimum = MinimumContrast * 1.03;
    const double readable = towardsDark ? (text + 0.05) * minimum - 0.05 : (text + 0.05) / minimum - 0.05;
    const auto clampReadable = [&](double l) { return towardsDark ? std::max(l, readable) : std::min(l, readable); };

    const double normal = clampReadable(luminanceAt(base, CurrentContrast, towardsDark));
    double soft = clampReadable(luminanceAt(base, PageContrast, towardsDark));
    const double between = (std::max(normal, soft) + 0.05) / (std::min(normal, soft) + 0.05);
    if (between < StrongerContrast) {
        // A page too close to the text leaves no room for two steps on its side (a grey dark
        // theme): the soft tint goes to the other side of the page, still as far from it.
        const double other = luminanceAt(base, PageContrast, !towardsDark);
        if (other >= 0 && other <= 1)
            soft = other;
    }

    double hue = 0;
    double saturation = 0;
    if (speaker >= 0) {
        // Golden-angle steps from a warm start; the first hues are amber, cyan, pink, green...
        hue = std::fmod(0.14 + speaker * 0.381966, 1.0);
        saturation = towardsDark ? 0.85 : 0.55;
    }
    return withLuminance(hue, saturation, strength == Strength::Soft ? soft : normal);
}

QColor HighlightPalette::focusColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    // WCAG asks 3:1 of a focus indicator against what is around it.
    return contrast(highlight, base) >= 3 ? highlight : palette.color(QPalette::Text);
}
