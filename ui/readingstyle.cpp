#include "readingstyle.h"

#include "articledocument.h"
#include "articleview.h"

#include <QApplication>
#include <QTextDocument>

ReadingStyle::ReadingStyle(ArticleView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
}

void ReadingStyle::apply(const ReadingSettings &settings)
{
    m_settings = settings;
    if (settings.theme == ReadingSettings::Theme::System)
        m_view->setPalette(QPalette()); // inherit, and follow the system's changes
    else
        m_view->setPalette(settings.palette(QApplication::palette()));
    QFont font = ArticleView::readingFont();
    if (!settings.fontFamily.isEmpty())
        font.setFamilies({settings.fontFamily});
    if (settings.fontSize > 0)
        font.setPointSizeF(settings.fontSize);
    m_view->setBaseFont(font);
    m_view->setColumn(settings.column);
    ArticleDocument::setLineSpacing(settings.lineSpacing);
    documentShown();
}

void ReadingStyle::documentShown()
{
    ArticleDocument::applyLineSpacing(m_view->document(), m_settings.lineSpacing);
}
