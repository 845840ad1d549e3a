#include "speakerdelegate.h"

#include "highlightpalette.h"
#include "models/speakermodel.h"

#include <QPainter>

namespace {

bool isQuoteRow(const QModelIndex &index)
{
    return index.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Quote);
}

int badgeSize(const QFontMetrics &metrics)
{
    return metrics.height() * 2;
}

// The icon redrawn in one colour, so it reads on any badge colour.
QPixmap tinted(const QIcon &icon, int size, const QColor &color, qreal dpr)
{
    QPixmap pixmap = icon.pixmap(QSize(size, size), dpr);
    if (pixmap.isNull())
        return pixmap;
    QPainter p(&pixmap);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(pixmap.rect(), color);
    return pixmap;
}

} // namespace

QString SpeakerDelegate::kindMark(Quote::Kind kind, bool uncertain)
{
    QString mark;
    switch (kind) {
    case Quote::Kind::Direct:
        mark = QStringLiteral("“”");
        break;
    case Quote::Kind::Partial:
        mark = QStringLiteral("‘’");
        break;
    case Quote::Kind::Indirect:
        mark = QStringLiteral("≈");
        break;
    }
    return uncertain ? mark + u'?' : mark;
}

QString SpeakerDelegate::legend()
{
    return tr("%1 word for word · %2 in part · %3 reported · %4 speaker uncertain")
        .arg(kindMark(Quote::Kind::Direct, false), kindMark(Quote::Kind::Partial, false),
             kindMark(Quote::Kind::Indirect, false), QStringLiteral("?"));
}

QString SpeakerDelegate::heading()
{
    return tr("Unnamed sources");
}

int SpeakerDelegate::headingHeight(const QFontMetrics &metrics, const QModelIndex &index)
{
    if (index.parent().isValid() || !index.data(SpeakerModel::DescribedRole).toBool())
        return 0;
    if (index.row() > 0 && index.siblingAtRow(index.row() - 1).data(SpeakerModel::DescribedRole).toBool())
        return 0;
    return metrics.height() + 3 * Padding;
}

QSize SpeakerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (isQuoteRow(index))
        return {metrics.averageCharWidth() * 30, metrics.height() + 2 * Padding};
    const int lines = twoLineHeight(metrics) + 2;
    return {metrics.averageCharWidth() * 30,
            std::max(lines, badgeSize(metrics)) + 2 * Padding + headingHeight(metrics, index)};
}

void SpeakerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QString text;
    const QStyleOptionViewItem opt = drawBackground(painter, option, index, &text);
    const Colors colors = TwoLineDelegate::colors(opt);
    const QRect rect = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (isQuoteRow(index)) {
        // A small mark for the kind of quote, learnt from the panel's legend; the words themselves
        // stay in the full text colour whatever the kind.
        const QString mark = kindMark(Quote::Kind(index.data(SpeakerModel::QuoteKindRole).toInt()),
                                      index.data(SpeakerModel::UncertainRole).toBool());
        // Upright whatever the model's font says: the "?" mark tells an uncertain speaker.
        QFont textFont = opt.font;
        textFont.setItalic(false);
        const QFontMetrics metrics(textFont);
        QFont markFont = textFont;
        markFont.setBold(true);
        // Measured in the bold the marks are drawn in, so that the widest never touches the words.
        const int markWidth = QFontMetrics(markFont).horizontalAdvance(QStringLiteral("“”?")) + 6;
        const QRect markRect(rect.left(), rect.top(), markWidth, rect.height());
        painter->setFont(markFont);
        painter->setPen(colors.text);
        painter->drawText(markRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, mark);
        painter->setFont(textFont);
        const QRect textRect = rect.adjusted(markWidth, 0, 0, 0);
        const QString elided = metrics.elidedText(text, Qt::ElideRight, textRect.width());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, elided);
        painter->restore();
        return;
    }

    const QFontMetrics metrics(opt.font);
    const int badge = badgeSize(metrics);
    const QRect badgeRect(rect.left(), rect.top() + (rect.height() - badge) / 2, badge, badge);
    const int speaker = index.data(SpeakerModel::SpeakerIndexRole).toInt();
    const QColor badgeColor = HighlightPalette::color(speaker, opt.palette);
    painter->setPen(QPen(badgeColor.darker(HighlightPalette::isDark(opt.palette) ? 70 : 115), 1));
    painter->setBrush(badgeColor);
    painter->drawEllipse(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5));
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int iconSize = badge * 3 / 5;
    const qreal dpr = painter->device()->devicePixelRatioF();
    const QPixmap glyph = tinted(icon, iconSize, opt.palette.color(QPalette::Text), dpr);
    if (!glyph.isNull()) {
        const QRect iconRect(badgeRect.left() + (badge - iconSize) / 2, badgeRect.top() + (badge - iconSize) / 2,
                             iconSize, iconSize);
        painter->drawPixmap(iconRect, glyph);
    }

    // The number of quotes as a small pill at the right of the name.
    const QString count = QString::number(index.data(SpeakerModel::QuoteCountRole).toInt());
    QFont countFont = opt.font;
    countFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics countMetrics(countFont);
    const int pillWidth = std::max(countMetrics.horizontalAdvance(count) + 12, countMetrics.height() + 4);
    const int pillHeight = countMetrics.height() + 2;

    const int textLeft = badgeRect.right() + Padding + 4;
    const QRect textRect(textLeft, rect.top(), rect.right() - textLeft, rect.height());
    const int top = firstLineTop(textRect, metrics);
    const QRect pillRect(textRect.right() - pillWidth, top + (metrics.height() - pillHeight) / 2, pillWidth, pillHeight);
    QColor pillColor = colors.text;
    pillColor.setAlphaF(0.12f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pillColor);
    painter->drawRoundedRect(pillRect, pillHeight / 2.0, pillHeight / 2.0);
    painter->setFont(countFont);
    painter->setPen(colors.text);
    painter->drawText(pillRect, Qt::AlignCenter, count);

    QFont nameFont = opt.font;
    nameFont.setBold(true);
    // Second line: who the speaker is (role, or other names), never the count the pill shows.
    const QString second = index.data(SpeakerModel::SecondLineRole).toString();
    const int nameWidth = pillRect.left() - 6 - textRect.left();
    if (second.isEmpty()) {
        painter->setFont(nameFont);
        painter->setPen(colors.text);
        const QRect nameRect(textRect.left(), textRect.top(), nameWidth, textRect.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetrics(nameFont).elidedText(text, Qt::ElideRight, nameWidth));
    } else {
        drawTwoLines(painter, opt, textRect, nameWidth, text, nameFont, second, colors);
    }
    painter->restore();
}
