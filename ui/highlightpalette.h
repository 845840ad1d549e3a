#pragma once

#include <QColor>
#include <QPalette>

// Chooses the highlight colour of each speaker: hues spread by the golden angle so neighbours differ,
// and the luminance computed from the palette so that in light and dark themes alike every
// highlight stands out from the page (PageContrast), the current quote clearly more than the
// speaker's other quotes (StrongerContrast between the two), and the palette's text colour keeps
// a contrast of at least MinimumContrast on top of them. Also the colour of focus frames.
class HighlightPalette
{
public:
    enum class Strength { Soft, Normal };

    // WCAG AA for body text.
    static constexpr double MinimumContrast = 4.5;
    // Of a soft highlight against the page, and the aim for a normal one (WCAG contrast ratios).
    static constexpr double PageContrast = 1.55;
    static constexpr double CurrentContrast = 2.3;
    // Between a soft and a normal highlight, below which the soft one moves to the page's other side.
    static constexpr double StrongerContrast = 1.3;

    // speaker < 0 gives the neutral colour of unattributed quotes.
    static QColor color(int speaker, const QPalette &palette, Strength strength = Strength::Normal);
    static bool isDark(const QPalette &palette);
    // A frame colour that shows keyboard focus on the palette's base (3:1 at least).
    static QColor focusColor(const QPalette &palette);
    // WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};
