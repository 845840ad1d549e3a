#pragma once

#include "twolinedelegate.h"

// Draws the speaker list: a speaker row shows a round badge in the speaker's highlight colour with the
// person or organisation icon, the name in bold and a second line with role and number of quotes;
// a quote row shows its short text on one line, italic when the attribution is uncertain.
class SpeakerDelegate : public TwoLineDelegate
{
    Q_OBJECT

public:
    using TwoLineDelegate::TwoLineDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
