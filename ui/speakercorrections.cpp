#include "speakercorrections.h"

#include "library/libraryservice.h"
#include "models/speakermodel.h"
#include "quotehighlighter.h"
#include "speakerpanel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPersistentModelIndex>

namespace {

bool isQuoteRow(const QModelIndex &index)
{
    return index.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Quote);
}

bool isSpeakerRow(const QModelIndex &index)
{
    return index.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Speaker);
}

} // namespace

SpeakerCorrections::SpeakerCorrections(LibraryService *service, SpeakerModel *model, SpeakerPanel *panel,
                                       QuoteHighlighter *highlighter, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_model(model)
    , m_panel(panel)
    , m_highlighter(highlighter)
    , m_window(window)
{
    connect(m_panel, &SpeakerPanel::contextMenuRequested, this, &SpeakerCorrections::addToMenu);
    connect(m_service, &LibraryService::articleKept, this, [this](qint64 id, const QString &source) {
        if (source != m_keptSource || id <= 0)
            return;
        m_keptSource.clear();
        m_article = id;
        Library *library = m_service->library();
        if (library && library->isCorrected(id)) {
            const QModelIndex selected = m_panel->selectedSource();
            refresh(isQuoteRow(selected) ? QString() : selected.data(SpeakerModel::SpeakerNameRole).toString(),
                    isQuoteRow(selected) ? selected.data(SpeakerModel::QuoteStartRole).toInt() : -1);
        } else if (library) {
            m_stamp = library->correctionsStamp();
        }
    });
    // Corrections made elsewhere (the People view) show here at once.
    connect(m_service, &LibraryService::changed, this, &SpeakerCorrections::refreshIfCorrected);
}

void SpeakerCorrections::expectStored(qint64 article)
{
    m_pendingStored = article;
}

void SpeakerCorrections::showStored()
{
    m_article = m_pendingStored;
    m_pendingStored = 0;
    m_keptSource.clear();
    if (Library *library = m_service->library())
        m_stamp = library->correctionsStamp();
}

void SpeakerCorrections::showKept(const QString &source)
{
    m_article = 0;
    m_pendingStored = 0;
    m_keptSource = source;
}

bool SpeakerCorrections::canCorrect() const
{
    Library *library = m_service->library();
    return m_article > 0 && library && library->isWritable();
}

void SpeakerCorrections::refreshIfCorrected()
{
    Library *library = m_service->library();
    if (m_article <= 0 || !library || library->correctionsStamp() == m_stamp)
        return;
    const QModelIndex selected = m_panel->selectedSource();
    refresh(isQuoteRow(selected) ? QString() : selected.data(SpeakerModel::SpeakerNameRole).toString(),
            isQuoteRow(selected) ? selected.data(SpeakerModel::QuoteStartRole).toInt() : -1);
}

void SpeakerCorrections::refresh(const QString &keepSpeaker, int keepQuote)
{
    Library *library = m_service->library();
    if (!library || m_article <= 0)
        return;
    m_stamp = library->correctionsStamp();
    const std::optional<Library::StoredArticle> stored = library->article(m_article);
    const Article article = m_model->article();
    // The file on screen may have changed since it was kept; its offsets would not fit then.
    if (!stored || stored->article.text() != article.text())
        return;
    m_model->setArticle(article, stored->extraction);
    m_model->setCorrectedQuotes(stored->corrected);
    if (keepQuote >= 0 && m_model->quoteAt(keepQuote).isValid())
        m_panel->selectSource(m_model->quoteAt(keepQuote));
    else
        m_highlighter->restoreSpeaker(keepSpeaker);
    emit correctionsShown();
}

bool SpeakerCorrections::done(qint64 correction, const QString &what)
{
    if (correction > 0)
        return true;
    QMessageBox::warning(m_window, what, m_service->library()->lastError());
    return false;
}

bool SpeakerCorrections::renameSpeaker(const QModelIndex &speaker, const QString &name)
{
    Library *library = m_service->library();
    const QString shown = speaker.data(SpeakerModel::SpeakerNameRole).toString();
    if (!canCorrect() || !isSpeakerRow(speaker) || name.simplified().isEmpty() || name.simplified() == shown)
        return false;
    const auto who = library->articleSpeaker(m_article, shown);
    if (!who || who->person <= 0 || !done(library->renamePerson(who->person, name), tr("Rename Speaker")))
        return false;
    refresh(name.simplified(), -1);
    m_service->notifyChanged();
    return true;
}

bool SpeakerCorrections::mergeSpeaker(const QModelIndex &speaker, const QString &intoName)
{
    Library *library = m_service->library();
    const QString shown = speaker.data(SpeakerModel::SpeakerNameRole).toString();
    if (!canCorrect() || !isSpeakerRow(speaker) || intoName.simplified().isEmpty())
        return false;
    const auto from = library->articleSpeaker(m_article, shown);
    qint64 into = 0;
    if (const auto here = library->articleSpeaker(m_article, intoName))
        into = here->person;
    else
        into = library->peopleNamed(intoName).value(0);
    if (!from || from->person <= 0 || into <= 0 || into == from->person)
        return false;
    if (!done(library->mergePeople(from->person, into), tr("Merge Speakers")))
        return false;
    const std::optional<Library::Person> person = library->person(into);
    refresh(person ? person->name : intoName.simplified(), -1);
    m_service->notifyChanged();
    return true;
}

bool SpeakerCorrections::markNotASpeaker(const QModelIndex &speaker)
{
    Library *library = m_service->library();
    if (!canCorrect() || !isSpeakerRow(speaker))
        return false;
    const auto who = library->articleSpeaker(m_article, speaker.data(SpeakerModel::SpeakerNameRole).toString());
    if (!who || !done(library->markNotASpeaker(m_article, who->extractedName), tr("Not a Speaker")))
        return false;
    refresh(QString(), -1);
    m_service->notifyChanged();
    return true;
}

bool SpeakerCorrections::giveQuote(const QModelIndex &quote, const QString &speakerName)
{
    Library *library = m_service->library();
    if (!canCorrect() || !isQuoteRow(quote) || speakerName.simplified().isEmpty()
        || speakerName.simplified() == quote.data(SpeakerModel::SpeakerNameRole).toString())
        return false;
    // A speaker of this article goes by the name the extractor gave them, which the correction
    // has to match again after every re-extraction.
    const auto here = library->articleSpeaker(m_article, speakerName);
    const QString name = here ? here->extractedName : speakerName.simplified();
    const int start = quote.data(SpeakerModel::QuoteStartRole).toInt();
    const int end = quote.data(SpeakerModel::QuoteEndRole).toInt();
    if (!done(library->reassignQuote(m_article, start, end, name), tr("Give to Another Speaker")))
        return false;
    refresh(QString(), start);
    m_service->notifyChanged();
    return true;
}

bool SpeakerCorrections::markNotAQuote(const QModelIndex &quote)
{
    Library *library = m_service->library();
    if (!canCorrect() || !isQuoteRow(quote))
        return false;
    const QString speaker = quote.data(SpeakerModel::SpeakerNameRole).toString();
    if (!done(library->markNotAQuote(m_article, quote.data(SpeakerModel::QuoteStartRole).toInt(),
                                     quote.data(SpeakerModel::QuoteEndRole).toInt()),
              tr("Not a Quote")))
        return false;
    refresh(speaker, -1);
    m_service->notifyChanged();
    return true;
}

bool SpeakerCorrections::undoLast()
{
    Library *library = m_service->library();
    if (!library || !library->isWritable())
        return false;
    const QList<Library::Correction> corrections = library->corrections();
    if (corrections.isEmpty())
        return false;
    if (!library->undoCorrection(corrections.constLast().id)) {
        QMessageBox::warning(m_window, tr("Undo Correction"), library->lastError());
        return false;
    }
    const QModelIndex selected = m_panel->selectedSource();
    refresh(isQuoteRow(selected) ? QString() : selected.data(SpeakerModel::SpeakerNameRole).toString(),
            isQuoteRow(selected) ? selected.data(SpeakerModel::QuoteStartRole).toInt() : -1);
    m_service->notifyChanged();
    return true;
}

QStringList SpeakerCorrections::otherSpeakers(const QModelIndex &row) const
{
    const QString own = row.data(SpeakerModel::SpeakerNameRole).toString();
    QStringList names;
    for (const Speaker &s : m_model->extraction().speakers) {
        if (s.name != own && !names.contains(s.name))
            names.append(s.name);
    }
    return names;
}

void SpeakerCorrections::addToMenu(QMenu *menu, const QModelIndex &source)
{
    if (!canCorrect())
        return;
    const QPersistentModelIndex row(source);
    const bool quote = isQuoteRow(source);
    if (!quote && !isSpeakerRow(source))
        return;
    menu->addSeparator();
    if (quote) {
        QMenu *give = menu->addMenu(tr("&Give to Another Speaker"));
        give->setObjectName(QStringLiteral("giveQuoteMenu"));
        for (const QString &name : otherSpeakers(source))
            connect(give->addAction(name), &QAction::triggered, this, [this, row, name] { giveQuote(row, name); });
        give->addSeparator();
        QAction *other = give->addAction(tr("Someone &Else\u2026"));
        other->setObjectName(QStringLiteral("giveToSomeoneElseAction"));
        connect(other, &QAction::triggered, this, [this, row] { askSpeaker(row, true); });
        QAction *notQuote = menu->addAction(tr("&Not a Quote"));
        notQuote->setObjectName(QStringLiteral("notAQuoteAction"));
        connect(notQuote, &QAction::triggered, this, [this, row] { markNotAQuote(row); });
    } else {
        QAction *rename = menu->addAction(tr("Re&name Speaker\u2026"));
        rename->setObjectName(QStringLiteral("renameSpeakerAction"));
        connect(rename, &QAction::triggered, this, [this, row] { askRename(row); });
        QMenu *merge = menu->addMenu(tr("&Merge with"));
        merge->setObjectName(QStringLiteral("mergeSpeakerMenu"));
        for (const QString &name : otherSpeakers(source))
            connect(merge->addAction(name), &QAction::triggered, this, [this, row, name] { mergeSpeaker(row, name); });
        merge->addSeparator();
        QAction *other = merge->addAction(tr("Someone &Else\u2026"));
        other->setObjectName(QStringLiteral("mergeWithSomeoneElseAction"));
        connect(other, &QAction::triggered, this, [this, row] { askSpeaker(row, false); });
        QAction *notSpeaker = menu->addAction(tr("Not a &Speaker"));
        notSpeaker->setObjectName(QStringLiteral("notASpeakerAction"));
        notSpeaker->setStatusTip(tr("Keep this speaker's quotes, without a speaker"));
        connect(notSpeaker, &QAction::triggered, this, [this, row] { markNotASpeaker(row); });
    }
    if (!m_service->library()->corrections().isEmpty()) {
        QAction *undo = menu->addAction(tr("&Undo Last Correction"));
        undo->setObjectName(QStringLiteral("undoCorrectionAction"));
        connect(undo, &QAction::triggered, this, [this] { undoLast(); });
    }
}

void SpeakerCorrections::askRename(const QModelIndex &speaker)
{
    const QPersistentModelIndex row(speaker);
    const QString current = speaker.data(SpeakerModel::SpeakerNameRole).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Speaker"),
                                               tr("Name of %1 in every article:").arg(current), QLineEdit::Normal,
                                               current, &ok);
    if (ok && row.isValid())
        renameSpeaker(row, name);
}

void SpeakerCorrections::askSpeaker(const QModelIndex &index, bool quote)
{
    const QPersistentModelIndex row(index);
    QStringList names = otherSpeakers(index);
    if (Library *library = m_service->library()) {
        const QString own = index.data(SpeakerModel::SpeakerNameRole).toString();
        for (const Library::Person &p : library->people()) {
            if (p.name != own && !names.contains(p.name))
                names.append(p.name);
        }
    }
    bool ok = false;
    const QString name =
        quote ? QInputDialog::getItem(m_window, tr("Give to Another Speaker"), tr("Who said it?"), names, 0, true, &ok)
              : QInputDialog::getItem(m_window, tr("Merge Speakers"),
                                      tr("Merge %1 with:").arg(index.data(SpeakerModel::SpeakerNameRole).toString()),
                                      names, 0, true, &ok);
    if (!ok || !row.isValid())
        return;
    if (quote)
        giveQuote(row, name);
    else
        mergeSpeaker(row, name);
}
