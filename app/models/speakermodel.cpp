#include "speakermodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace {

// internalId of a top-level row; a quote row stores its group's row + 1.
constexpr quintptr TopLevel = 0;

QLocale quotingLocale()
{
    // The C locale quotes with straight marks; typographic ones read better in a citation.
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

} // namespace

QString SpeakerModel::quoteCountText(int count)
{
    // English needs no translation file for its plural; other languages use the numerus form.
    return count == 1 ? tr("1 quote") : tr("%n quotes", nullptr, count);
}

QString SpeakerModel::summary() const
{
    const int quotes = int(m_extraction.quotes.size());
    if (quotes == 0)
        return tr("No quotes found.");
    const int speakers = int(m_extraction.speakers.size());
    const int unattributed = m_extraction.unattributedCount();
    // The speakers' quotes on their own, so that the numbers add up.
    const int attributed = quotes - unattributed;
    const QString speakerText = speakers == 1 ? tr("1 speaker") : tr("%n speakers", nullptr, speakers);
    if (attributed == 0)
        return unattributed == 1 ? tr("1 quote, unattributed.") : tr("%n quotes, all unattributed.", nullptr, unattributed);
    QString text = tr("%1 from %2", "5 quotes from 2 speakers").arg(quoteCountText(attributed), speakerText);
    if (unattributed > 0)
        text += tr(", %n unattributed", nullptr, unattributed);
    return text + u'.';
}

QString SpeakerModel::selectionSummary(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool quoteRow = index.internalId() != TopLevel;
    const QModelIndex group = quoteRow ? index.parent() : index;
    const QString name = group.data(SpeakerNameRole).toString();
    const int count = rowCount(group);
    if (!quoteRow)
        return tr("%1: %2", "speaker: 3 quotes").arg(name, quoteCountText(count));
    return tr("%1: quote %2 of %3").arg(name).arg(index.row() + 1).arg(count);
}

QString SpeakerModel::attributionText(const Quote &quote) const
{
    if (quote.speaker < 0 || quote.speaker >= m_extraction.speakers.size())
        return tr("No speaker could be told for this quote.");
    const QString certainty = quote.confidence >= SureConfidence        ? tr("sure")
                              : quote.confidence >= Extraction::LowConfidence ? tr("likely")
                                                                               : tr("uncertain");
    // What named the speaker at the quote: nothing (followed from before), a pronoun or
    // description, or the name itself.
    QString how;
    if (quote.source.trimmed().isEmpty())
        how = tr("followed from the previous paragraph");
    else if (!quote.source.at(0).isUpper())
        how = tr("named here only as “%1”").arg(quote.source.trimmed());
    else
        how = tr("named here as “%1”").arg(quote.source.trimmed());
    return tr("Attribution %1: %2", "Attribution uncertain: followed from the previous paragraph").arg(certainty, how);
}

QString SpeakerModel::kindText(Quote::Kind kind)
{
    switch (kind) {
    case Quote::Kind::Direct:
        return tr("Quoted word for word");
    case Quote::Kind::Partial:
        return tr("Partly quoted");
    case Quote::Kind::Indirect:
        return tr("Reported speech");
    }
    return {};
}

SpeakerModel::SpeakerModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SpeakerModel::setArticle(const Article &article, const Extraction &extraction)
{
    beginResetModel();
    m_article = article;
    m_extraction = extraction;
    const int speakers = int(m_extraction.speakers.size());
    m_groups = QList<QList<int>>(speakers + 1);
    m_rowOfQuote = QList<int>(m_extraction.quotes.size(), -1);
    m_longestQuote = 0;
    for (int i = 0; i < m_extraction.quotes.size(); ++i) {
        const Quote &q = m_extraction.quotes.at(i);
        const int group = (q.speaker >= 0 && q.speaker < speakers) ? q.speaker : speakers;
        m_rowOfQuote[i] = int(m_groups[group].size());
        m_groups[group].append(i);
        m_longestQuote = std::max(m_longestQuote, q.length());
    }
    m_hasUnattributed = !m_groups.constLast().isEmpty();
    m_corrected.clear();
    endResetModel();
}

void SpeakerModel::setCorrectedQuotes(const QList<bool> &corrected)
{
    m_corrected = corrected.size() == m_extraction.quotes.size() ? corrected : QList<bool>();
    for (int group = 0; group < groupCount(); ++group) {
        if (const int rows = rowCount(index(group, 0)))
            emit dataChanged(index(0, 0, index(group, 0)), index(rows - 1, 0, index(group, 0)),
                             {Qt::ToolTipRole, Qt::AccessibleTextRole, CorrectedRole});
    }
}

void SpeakerModel::clear()
{
    setArticle(Article(), Extraction());
}

void SpeakerModel::setIcons(const QIcon &person, const QIcon &organization, const QIcon &group,
                            const QIcon &unattributed)
{
    m_personIcon = person;
    m_organizationIcon = organization;
    m_groupIcon = group;
    m_unattributedIcon = unattributed;
    if (const int rows = groupCount())
        emit dataChanged(index(0, 0), index(rows - 1, 0), {Qt::DecorationRole});
}

int SpeakerModel::groupCount() const
{
    return int(m_extraction.speakers.size()) + (m_hasUnattributed ? 1 : 0);
}

QModelIndex SpeakerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < groupCount() ? createIndex(row, 0, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.model() != this)
        return {};
    const int group = parent.row();
    if (group >= groupCount() || row >= m_groups.at(group).size())
        return {};
    return createIndex(row, 0, quintptr(group) + 1);
}

QModelIndex SpeakerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int SpeakerModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount();
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() >= groupCount())
        return 0;
    return int(m_groups.at(parent.row()).size());
}

int SpeakerModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SpeakerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TopLevel)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant SpeakerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TopLevel)
        return groupData(index.row(), role);
    const int group = int(index.internalId() - 1);
    const bool corrected = !m_corrected.isEmpty() && m_corrected.at(m_groups.at(group).at(index.row()));
    if (role == CorrectedRole)
        return corrected;
    if (corrected && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return QString(quoteData(group, index.row(), role).toString() + u'\n' + tr("Corrected by you"));
    return quoteData(group, index.row(), role);
}

QString SpeakerModel::secondLine(int group) const
{
    // The number of quotes is on the row's badge already; the line says who the speaker is.
    const int speaker = groupSpeaker(group);
    if (speaker < 0)
        return tr("Speaker not identified");
    const Speaker &s = m_extraction.speakers.at(speaker);
    // (A described source is often named by its role: "Harbour Ferries spokesman" twice says nothing.)
    if (!s.role.isEmpty() && s.role.compare(s.name, Qt::CaseInsensitive) != 0)
        return s.role;
    // Other names, leaving out those that only write the name another way ("critics").
    QStringList others;
    for (const QString &alias : s.aliases) {
        if (alias.compare(s.name, Qt::CaseInsensitive) != 0)
            others.append(alias);
    }
    if (!others.isEmpty())
        return tr("also: %1").arg(others.join(QStringLiteral(", ")));
    return {};
}

QVariant SpeakerModel::groupData(int group, int role) const
{
    const int speaker = groupSpeaker(group);
    const Speaker *s = speaker >= 0 ? &m_extraction.speakers.at(speaker) : nullptr;
    const QList<int> &quotes = m_groups.at(group);
    auto uncertainCount = [&] {
        return int(std::count_if(quotes.cbegin(), quotes.cend(), [this](int q) {
            return m_extraction.quotes.at(q).confidence < Extraction::LowConfidence;
        }));
    };

    switch (role) {
    case Qt::DisplayRole:
    case SpeakerNameRole:
        return s ? s->name : tr("Unattributed");
    case Qt::ToolTipRole: {
        QString tip = s ? s->name : tr("Quotes whose speaker Saywho could not tell");
        if (s && !s->role.isEmpty() && s->role.compare(s->name, Qt::CaseInsensitive) != 0)
            tip += u'\n' + s->role;
        if (s && !s->aliases.isEmpty())
            tip += u'\n' + tr("also: %1").arg(s->aliases.join(QStringLiteral(", ")));
        if (s && s->kind == Speaker::Kind::Organization)
            tip += u'\n' + tr("An organisation, not a person");
        else if (s && s->kind == Speaker::Kind::Group)
            tip += u'\n' + tr("A group of people speaking together");
        if (s && s->described)
            tip += u'\n' + tr("Not named: the article describes this source");
        tip += u'\n' + quoteCountText(int(quotes.size()));
        if (s) {
            if (const int uncertain = uncertainCount())
                tip += u'\n' + (uncertain == 1 ? tr("1 attribution uncertain") : tr("%n attributions uncertain", nullptr, uncertain));
        }
        return tip;
    }
    case Qt::AccessibleTextRole:
    {
        QStringList parts{s ? s->name : tr("Unattributed")};
        if (const QString second = secondLine(group); !second.isEmpty())
            parts.append(second);
        parts.append(quoteCountText(int(quotes.size())));
        return parts.join(QStringLiteral(", "));
    }
    case Qt::DecorationRole:
        if (!s)
            return m_unattributedIcon;
        switch (s->kind) {
        case Speaker::Kind::Person: return m_personIcon;
        case Speaker::Kind::Organization: return m_organizationIcon;
        case Speaker::Kind::Group: return m_groupIcon;
        }
        return {};
    case Qt::FontRole:
        if (s && !quotes.isEmpty() && uncertainCount() == quotes.size()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RowTypeRole:
        return int(s ? RowType::Speaker : RowType::Unattributed);
    case SpeakerIndexRole:
        return speaker;
    case SpeakerTitleRole:
        return s ? s->role : QString();
    case SpeakerKindRole:
        return s ? int(s->kind) : QVariant();
    case AliasesRole:
        return s ? s->aliases : QStringList();
    case QuoteCountRole:
        return int(quotes.size());
    case AppearanceRole:
        return group;
    case SecondLineRole:
        return secondLine(group);
    case SearchTextRole:
        return s ? QStringList{s->name, s->role, s->aliases.join(u' ')}.join(u' ') : tr("Unattributed");
    case UncertainRole:
        return s && !quotes.isEmpty() && uncertainCount() == quotes.size();
    case DescribedRole:
        return s && s->described;
    default:
        return {};
    }
}

QVariant SpeakerModel::quoteData(int group, int row, int role) const
{
    const int index = m_groups.at(group).at(row);
    const Quote &q = m_extraction.quotes.at(index);
    const Speaker *s = q.speaker >= 0 ? &m_extraction.speakers.at(q.speaker) : nullptr;
    const bool uncertain = s && q.confidence < Extraction::LowConfidence;

    switch (role) {
    case Qt::DisplayRole:
        return elide(QStringView(m_article.text()).mid(q.start, q.length()), ShortTextLength);
    case Qt::ToolTipRole: {
        QString tip = elide(QStringView(m_article.text()).mid(q.start, q.length()), 600);
        tip += u'\n' + kindText(q.kind);
        tip += u'\n' + attributionText(q);
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QString text = elide(QStringView(m_article.text()).mid(q.start, q.length()), 300);
        if (uncertain)
            text += u' ' + tr("(attribution uncertain)");
        return text;
    }
    case Qt::FontRole:
        if (uncertain) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RowTypeRole:
        return int(RowType::Quote);
    case SpeakerIndexRole:
        return q.speaker;
    case SpeakerNameRole:
        return s ? s->name : QString();
    case SpeakerTitleRole:
        return s ? s->role : QString();
    case SpeakerKindRole:
        return s ? int(s->kind) : QVariant();
    case AppearanceRole:
        return row;
    case QuoteIndexRole:
        return index;
    case QuoteStartRole:
        return q.start;
    case QuoteEndRole:
        return q.end;
    case QuoteKindRole:
        return int(q.kind);
    case QuoteTextRole:
        return quoteText(index);
    case CueRole:
        return q.cue;
    case ConfidenceRole:
        return q.confidence;
    case UncertainRole:
        return uncertain;
    case CitationRole:
        return citation(index);
    default:
        return {};
    }
}

QHash<int, QByteArray> SpeakerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RowTypeRole, "rowType");
    names.insert(SpeakerIndexRole, "speakerIndex");
    names.insert(SpeakerNameRole, "speakerName");
    names.insert(SpeakerTitleRole, "speakerTitle");
    names.insert(SpeakerKindRole, "speakerKind");
    names.insert(AliasesRole, "aliases");
    names.insert(QuoteCountRole, "quoteCount");
    names.insert(AppearanceRole, "appearance");
    names.insert(SecondLineRole, "secondLine");
    names.insert(SearchTextRole, "searchText");
    names.insert(QuoteIndexRole, "quoteIndex");
    names.insert(QuoteStartRole, "quoteStart");
    names.insert(QuoteEndRole, "quoteEnd");
    names.insert(QuoteKindRole, "quoteKind");
    names.insert(QuoteTextRole, "quoteText");
    names.insert(CueRole, "cue");
    names.insert(ConfidenceRole, "confidence");
    names.insert(UncertainRole, "uncertain");
    names.insert(CitationRole, "citation");
    names.insert(CorrectedRole, "corrected");
    return names;
}

QModelIndex SpeakerModel::speakerRow(int speaker) const
{
    if (speaker < 0)
        return m_hasUnattributed ? index(groupCount() - 1, 0) : QModelIndex();
    return speaker < m_extraction.speakers.size() ? index(speaker, 0) : QModelIndex();
}

QModelIndex SpeakerModel::quoteRow(int quote) const
{
    if (quote < 0 || quote >= m_extraction.quotes.size())
        return {};
    const int speaker = m_extraction.quotes.at(quote).speaker;
    const QModelIndex group = speakerRow(speaker < m_extraction.speakers.size() ? speaker : -1);
    return index(m_rowOfQuote.at(quote), 0, group);
}

QModelIndex SpeakerModel::quoteAt(int position) const
{
    const QList<Quote> &quotes = m_extraction.quotes;
    // Quotes are in text order by start; only those starting at most m_longestQuote before the
    // position can cover it.
    auto it = std::upper_bound(quotes.cbegin(), quotes.cend(), position,
                               [](int pos, const Quote &q) { return pos < q.start; });
    int best = -1;
    while (it != quotes.cbegin()) {
        --it;
        if (it->start < position - m_longestQuote)
            break;
        if (position >= it->start && position < it->end) {
            const int i = int(std::distance(quotes.cbegin(), it));
            if (best < 0 || quotes.at(i).length() < quotes.at(best).length())
                best = i;
        }
    }
    return quoteRow(best);
}

QList<int> SpeakerModel::quotesOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == TopLevel)
        return m_groups.value(index.row());
    return {m_groups.at(int(index.internalId() - 1)).at(index.row())};
}

int SpeakerModel::speakerOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(SpeakerIndexRole).toInt() : -1;
}

QModelIndex SpeakerModel::findSpeakerByName(const QString &name) const
{
    if (name.isEmpty())
        return {};
    const int speaker = m_extraction.speakerByName(name);
    return speaker >= 0 ? speakerRow(speaker) : QModelIndex();
}

SpeakerModel::QuoteStep SpeakerModel::stepQuote(const QModelIndex &from, int position, Direction direction) const
{
    if (!from.isValid() || from.model() != this)
        return {};
    const bool onQuote = from.internalId() != TopLevel;
    const QModelIndex group = onQuote ? from.parent() : from;
    const QList<int> &quotes = m_groups.at(group.row());
    const int count = int(quotes.size());
    if (count == 0)
        return {};
    const bool forward = direction == Direction::Forward;
    int row = 0;
    if (onQuote) {
        row = from.row() + (forward ? 1 : -1);
    } else {
        // A group's quotes are in text order, so the first one at or after the position splits them.
        const auto after = std::lower_bound(quotes.cbegin(), quotes.cend(), position, [this](int quote, int pos) {
            return m_extraction.quotes.at(quote).start < pos;
        });
        row = int(after - quotes.cbegin()) - (forward ? 0 : 1);
    }
    QuoteStep step;
    if (row >= count || row < 0) {
        row = row < 0 ? count - 1 : 0;
        step.wrapped = true;
    }
    step.quote = index(row, 0, group);
    return step;
}

QString SpeakerModel::quoteText(int quote) const
{
    const Quote &q = m_extraction.quotes.at(quote);
    return m_article.text().mid(q.start, q.length()).simplified();
}

QString SpeakerModel::citation(int quote) const
{
    const Quote &q = m_extraction.quotes.at(quote);
    QString text = quoteText(quote);
    // The comma that English puts inside the closing mark belongs to the sentence, not the quote.
    while (!text.isEmpty() && (text.back() == u',' || text.back() == u';' || text.back() == u':'))
        text.chop(1);
    QString attribution;
    if (q.speaker >= 0 && q.speaker < m_extraction.speakers.size()) {
        const Speaker &s = m_extraction.speakers.at(q.speaker);
        attribution = s.role.isEmpty() ? s.name : tr("%1, %2", "speaker name, role").arg(s.name, s.role);
    }
    // Reported speech is not the speaker's own words, so it is not put between quotation marks.
    const QString body = q.kind == Quote::Kind::Indirect ? tr("%1 (reported speech)").arg(text)
                                                         : quotingLocale().quoteString(text);
    if (attribution.isEmpty())
        return body;
    return tr("%1 — %2", "quote — attribution").arg(body, attribution);
}

QString SpeakerModel::elide(QStringView text, int length)
{
    QString clean = text.left(length + 1).toString().simplified();
    if (clean.size() <= length && text.size() <= length + 1)
        return clean;
    clean.truncate(length);
    const qsizetype space = clean.lastIndexOf(u' ');
    if (space > length / 2)
        clean.truncate(space);
    while (!clean.isEmpty() && (clean.back().isPunct() || clean.back().isSpace()))
        clean.chop(1);
    return clean + u'…';
}
