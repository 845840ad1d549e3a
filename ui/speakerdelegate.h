#pragma once

#include "article/extraction.h"
#include "twolinedelegate.h"

// Draws the speaker list: a speaker row shows a round badge in the speaker's highlight colour with the
// person or organisation icon, the name in bold, the number of quotes as a pill and a second line
// with the role or the speaker's other names; a quote row shows a mark for its kind (word for word,
// in part, reported; "?" for an uncertain speaker) before its short text, which is always in the
// full text colour. legend() explains the marks. Above the first source the article only describes
// ("White House spokesman"), which the filter model sorts after those it names, the row is taller
// by a heading the view draws (headingHeight(), heading()).

class SpeakerDelegate : public TwoLineDelegate
{
    Q_OBJECT

public:
    using TwoLineDelegate::TwoLineDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The mark drawn before a quote of this kind: “” word for word, ‘’ in part, ≈ reported.
    static QString kindMark(Quote::Kind kind, bool uncertain);
    // One line that explains the marks, for under the list.
    static QString legend();
    // The heading over the described sources, and the height it adds to the first of their rows (0
    // for every other row).
    static QString heading();
    static int headingHeight(const QFontMetrics &metrics, const QModelIndex &index);
};
