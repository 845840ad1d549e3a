#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

// How the reading pane sets an article: a theme of its own (light, sepia or dark, whatever the
// system palette is, or the system's), the font family and size, the line spacing and the width of
// the readable column. Kept in QSettings under "reading/"; values out of range read as defaults.
struct ReadingSettings
{
    Q_DECLARE_TR_FUNCTIONS(ReadingSettings)

public:
    enum class Theme { System, Light, Sepia, Dark };

    static constexpr int DefaultLineSpacing = 150; // percent of the font's line height
    static constexpr int MinimumLineSpacing = 100;
    static constexpr int MaximumLineSpacing = 250;
    static constexpr int DefaultColumn = 72;       // characters in the readable column
    static constexpr int MinimumColumn = 40;
    static constexpr int MaximumColumn = 140;
    static constexpr qreal MinimumFontSize = 6;
    static constexpr qreal MaximumFontSize = 48;

    Theme theme = Theme::System;
    QString fontFamily;   // empty: the reading pane's own serif choice
    qreal fontSize = 0;   // points; 0: the reading pane's own size
    int lineSpacing = DefaultLineSpacing;
    int column = DefaultColumn;

    static ReadingSettings load();
    void save() const;

    static QString themeName(Theme theme);
    // The pane's palette for the theme, on top of base (the system palette); base itself for System.
    QPalette palette(const QPalette &base) const;

    bool operator==(const ReadingSettings &o) const
    {
        return theme == o.theme && fontFamily == o.fontFamily && qFuzzyCompare(fontSize + 1, o.fontSize + 1)
               && lineSpacing == o.lineSpacing && column == o.column;
    }
    bool operator!=(const ReadingSettings &o) const { return !(*this == o); }
};
