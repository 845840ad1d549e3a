#pragma once

#include <QObject>
#include <QUrl>

class QAction;
class SpeakerModel;

// File › Open Original in Browser: the web address the article on screen came from (a saved page's
// canonical or saved-from address, a web archive's, a feed entry's link; see Article::webAddress),
// opened in the user's browser. The action is enabled only while the article has one, and its
// status tip names it.
class OriginalAddress : public QObject
{
    Q_OBJECT

public:
    OriginalAddress(QAction *action, const SpeakerModel *model, QObject *parent);

    // The address of the article on screen, or an empty URL.
    QUrl address() const { return m_address; }

private:
    void update();
    void open();

    QAction *m_action;
    const SpeakerModel *m_model;
    QUrl m_address;
};
