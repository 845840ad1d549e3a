#pragma once

#include <QColor>
#include <QPalette>

// Chooses the highlight colour of each speaker: hues spread by the golden angle so neighbours differ,
// lightness taken from the palette's base colour so the colours suit light and dark themes, and the
// palette's text colour always keeps a contrast of at least MinimumContrast on top of them.
class HighlightPalette
{
public:
    enum class Strength { Soft, Normal };

    // WCAG AA for body text.
    static constexpr double MinimumContrast = 4.5;

    // speaker < 0 gives the neutral colour of unattributed quotes.
    static QColor color(int speaker, const QPalette &palette, Strength strength = Strength::Normal);
    static bool isDark(const QPalette &palette);
    // WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};
