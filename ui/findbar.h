#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class ArticleView;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The Ctrl+F bar under the reading pane: finds text in the article (case-insensitive unless "Match
// case" is on), moves to the next or previous match with Enter / Shift+Enter or the arrow buttons,
// and shows "3 of 17". Matches are searched in the article text, whose offsets are the pane's
// document positions, so the view only has to select them. Esc closes it.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    // More matches than this are counted as "more than".
    static constexpr int MatchLimit = 100000;

    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);

    // The text searched; shared with the article, not copied.
    void setText(const QString &text);
    void activate();   // show, take the selected words, focus the field
    void deactivate(); // hide, give the focus back to the pane

    QLineEdit *field() const { return m_field; }
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // 0-based, -1 when none
    // Where every match starts, in text order, and how long each is.
    const QList<int> &matches() const { return m_matches; }
    int matchLength() const { return m_matchLength; }
    QString status() const;

public slots:
    void findNext();
    void findPrevious();

signals:
    // The matches were searched again (new words, new article, match case).
    void matchesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void step(bool forward);
    void showMatch(int match);
    void updateStatus();

    ArticleView *m_view;
    QString m_text;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_matchCase;
    QLabel *m_status;
    QTimer *m_delay;
    QList<int> m_matches;
    int m_matchLength = 0;
    bool m_truncated = false;
    int m_current = -1;
    bool m_wrapped = false;
};
