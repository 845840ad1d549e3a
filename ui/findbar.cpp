#include "findbar.h"

#include "articleview.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {

// Above this size, searching waits for a pause in typing.
constexpr int ImmediateSearchLimit = 200000;

} // namespace

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in article"));

    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setAccessibleName(tr("Text to find"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_matchCase->setObjectName(QStringLiteral("findMatchCase"));
    m_matchCase->setText(tr("Match case"));
    m_matchCase->setCheckable(true);
    // A raised button shows whether it is pressed in; an auto-raised one looks the same either way.
    m_matchCase->setAutoRaise(false);
    m_matchCase->setAccessibleName(tr("Match case"));

    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findClose"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAccessibleName(tr("Close find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addWidget(close);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &FindBar::search);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        if (m_text.size() > ImmediateSearchLimit)
            m_delay->start();
        else
            search();
    });
    connect(m_matchCase, &QToolButton::toggled, this, &FindBar::search);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, &FindBar::deactivate);
    updateStatus();
}

void FindBar::setText(const QString &text)
{
    m_text = text;
    m_matches.clear();
    m_current = -1;
    if (isVisible() && !m_field->text().isEmpty()) {
        search();
    } else {
        updateStatus();
        emit matchesChanged();
    }
}

void FindBar::activate()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() < 100)
        m_field->setText(selected);
    QWidget::show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::deactivate()
{
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::search()
{
    m_delay->stop();
    m_matches.clear();
    m_truncated = false;
    m_current = -1;
    m_wrapped = false;
    const QString needle = m_field->text();
    m_matchLength = int(needle.size());
    if (!needle.isEmpty()) {
        const Qt::CaseSensitivity cs = m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = m_text.indexOf(needle, 0, cs); at >= 0; at = m_text.indexOf(needle, at + needle.size(), cs)) {
            if (m_matches.size() == MatchLimit) {
                m_truncated = true;
                break;
            }
            m_matches.append(int(at));
        }
    }
    if (!m_matches.isEmpty()) {
        // Start from the reading position, as browsers do.
        const int from = m_view->textCursor().selectionStart();
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
        showMatch(it == m_matches.cend() ? 0 : int(std::distance(m_matches.cbegin(), it)));
    } else {
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
    }
    updateStatus();
    emit matchesChanged();
}

void FindBar::findNext()
{
    step(true);
}

void FindBar::findPrevious()
{
    step(false);
}

void FindBar::step(bool forward)
{
    if (m_delay->isActive())
        search();
    if (m_matches.isEmpty())
        return;
    int next = m_current + (forward ? 1 : -1);
    m_wrapped = next < 0 || next >= m_matches.size();
    if (next < 0)
        next = int(m_matches.size()) - 1;
    else if (next >= m_matches.size())
        next = 0;
    showMatch(next);
    updateStatus();
}

void FindBar::showMatch(int match)
{
    m_current = match;
    const int start = m_matches.at(match);
    m_view->scrollToPosition(start);
    QTextCursor cursor = m_view->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(start + int(m_field->text().size()), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::updateStatus()
{
    const bool none = m_matches.isEmpty();
    m_previous->setEnabled(!none);
    m_next->setEnabled(!none);
    if (m_field->text().isEmpty()) {
        m_status->clear();
    } else if (none) {
        m_status->setText(tr("No matches"));
    } else if (m_truncated) {
        m_status->setText(tr("%1 of more than %2").arg(m_current + 1).arg(MatchLimit));
    } else {
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    }
    if (m_wrapped)
        m_status->setToolTip(tr("The search continued from the other end of the article."));
    else
        m_status->setToolTip(QString());
    m_status->setAccessibleName(m_status->text());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Esc belongs to the find bar while it has the focus, not to the window's Esc action.
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                event->accept();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                deactivate();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                step(!(key->modifiers() & Qt::ShiftModifier));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
