#pragma once

#include "settings/readingsettings.h"

#include <QObject>

class ArticleView;

// Sets the reading pane as ReadingSettings say: its own palette for a light, sepia or dark theme
// (the highlight colours follow it, being computed from the pane's palette), the base font, the
// line spacing of the article shown and of every article built from now on, and the column width.
class ReadingStyle : public QObject
{
    Q_OBJECT

public:
    explicit ReadingStyle(ArticleView *view, QObject *parent = nullptr);

    const ReadingSettings &settings() const { return m_settings; }
    void apply(const ReadingSettings &settings);
    // A new document is on screen: it was built with the current line spacing already, unless it
    // was built before a change.
    void documentShown();

private:
    ArticleView *m_view;
    ReadingSettings m_settings;
};
