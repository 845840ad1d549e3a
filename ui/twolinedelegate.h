#pragma once

#include <QStyledItemDelegate>

// What the sidebar's list rows have in common: the style draws the background, selection and focus
// of the row, and the row's own content is two lines, a bold first one and a quieter second one,
// centred in the height the row has. SpeakerDelegate and FeedEntryDelegate add what is theirs.
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    static constexpr int Padding = 6;

    struct Colors
    {
        QColor text;
        QColor dim; // the second line's, and other secondary text
    };

    // Draws the row's background, selection and focus as the style does, leaving out its text and
    // icon: the content is the subclass's. Returns the initialised option (without text and icon)
    // and hands the display text back in *text.
    QStyleOptionViewItem drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index, QString *text) const;
    // Text colours for the row's state (selected, enabled, active window).
    static Colors colors(const QStyleOptionViewItem &option);
    // Height of the two lines in the row's font.
    static int twoLineHeight(const QFontMetrics &metrics) { return metrics.height() * 2 + metrics.leading(); }
    // Where the first line starts when both are centred in area.
    static int firstLineTop(const QRect &area, const QFontMetrics &metrics);
    // The two lines, elided to fit: the first in firstFont, firstWidth wide, the second in the row's
    // font across the whole area.
    static void drawTwoLines(QPainter *painter, const QStyleOptionViewItem &option, const QRect &area, int firstWidth,
                             const QString &first, const QFont &firstFont, const QString &second,
                             const Colors &colors);
};
