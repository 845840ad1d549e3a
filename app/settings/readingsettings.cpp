#include "readingsettings.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString ThemeKey = QStringLiteral("reading/theme");
const QString FontFamilyKey = QStringLiteral("reading/fontFamily");
const QString FontSizeKey = QStringLiteral("reading/fontSize");
const QString LineSpacingKey = QStringLiteral("reading/lineSpacing");
const QString ColumnKey = QStringLiteral("reading/column");

struct ThemeColors
{
    QColor base;
    QColor text;
    QColor highlight;
    QColor link;
};

// Paper-like tones: sepia is the warm page of e-readers, dark is not pure black (less glare).
ThemeColors colorsOf(ReadingSettings::Theme theme)
{
    switch (theme) {
    case ReadingSettings::Theme::Light:
        return {QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x1f, 0x1f), QColor(0xb4, 0xd5, 0xfe), QColor(0x1a, 0x5f, 0xb4)};
    case ReadingSettings::Theme::Sepia:
        return {QColor(0xf4, 0xec, 0xd8), QColor(0x43, 0x34, 0x22), QColor(0xd9, 0xc3, 0x94), QColor(0x7a, 0x4a, 0x12)};
    case ReadingSettings::Theme::Dark:
        return {QColor(0x1e, 0x1f, 0x22), QColor(0xdc, 0xdc, 0xd8), QColor(0x3d, 0x5a, 0x80), QColor(0x8a, 0xb4, 0xf8)};
    case ReadingSettings::Theme::System:
        break;
    }
    return {};
}

} // namespace

ReadingSettings ReadingSettings::load()
{
    const QSettings settings;
    ReadingSettings s;
    const int theme = settings.value(ThemeKey, int(Theme::System)).toInt();
    if (theme >= int(Theme::System) && theme <= int(Theme::Dark))
        s.theme = Theme(theme);
    s.fontFamily = settings.value(FontFamilyKey).toString();
    const qreal size = settings.value(FontSizeKey, 0).toReal();
    s.fontSize = size >= MinimumFontSize && size <= MaximumFontSize ? size : 0;
    const int spacing = settings.value(LineSpacingKey, DefaultLineSpacing).toInt();
    s.lineSpacing = spacing >= MinimumLineSpacing && spacing <= MaximumLineSpacing ? spacing : DefaultLineSpacing;
    const int column = settings.value(ColumnKey, DefaultColumn).toInt();
    s.column = column >= MinimumColumn && column <= MaximumColumn ? column : DefaultColumn;
    return s;
}

void ReadingSettings::save() const
{
    QSettings settings;
    settings.setValue(ThemeKey, int(theme));
    settings.setValue(FontFamilyKey, fontFamily);
    settings.setValue(FontSizeKey, fontSize);
    settings.setValue(LineSpacingKey, lineSpacing);
    settings.setValue(ColumnKey, column);
}

QString ReadingSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return tr("As the system");
    case Theme::Light:
        return tr("Light");
    case Theme::Sepia:
        return tr("Sepia");
    case Theme::Dark:
        return tr("Dark");
    }
    return {};
}

QPalette ReadingSettings::palette(const QPalette &base) const
{
    if (theme == Theme::System)
        return base;
    const ThemeColors c = colorsOf(theme);
    QPalette p = base;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::Window, c.base);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::WindowText, c.text);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.text);
        p.setColor(group, QPalette::Link, c.link);
        QColor placeholder = c.text;
        placeholder.setAlphaF(0.6f);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
    }
    return p;
}
