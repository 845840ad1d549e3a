#pragma once

#include "article/article.h"
#include "article/extraction.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>

// The sidebar's item model: one top-level row per speaker in order of first appearance, the
// speaker's quotes as child rows in text order, and a last "Unattributed" group row when some quotes
// have no speaker. It only reads an Article and its Extraction; views ask it for text, offsets and
// attribution details through the roles below.
class SpeakerModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class RowType { Speaker, Unattributed, Quote };
    Q_ENUM(RowType)

    enum Roles {
        RowTypeRole = Qt::UserRole + 1, // RowType as int
        SpeakerIndexRole,      // index into Extraction::speakers; -1 for the unattributed group
        SpeakerNameRole,       // canonical name (also on quote rows: the quote's speaker)
        SpeakerTitleRole,      // role or title ("WHO Director-General"), may be empty
        SpeakerKindRole,       // Speaker::Kind as int
        AliasesRole,           // QStringList
        QuoteCountRole,        // number of child rows
        AppearanceRole,        // order of first appearance (the row before sorting)
        SecondLineRole,        // the role ("WHO Director-General"), else other names ("also: Lopez")
        SearchTextRole,        // what a filter matches: name, role, aliases
        QuoteIndexRole,        // index into Extraction::quotes (quote rows)
        QuoteStartRole,
        QuoteEndRole,
        QuoteKindRole,         // Quote::Kind as int
        QuoteTextRole,         // the whole quoted text
        CueRole,
        ConfidenceRole,        // double
        UncertainRole,         // bool: confidence below Extraction::LowConfidence
        CitationRole,          // “…” — Name, Role
        CorrectedRole,         // bool: the reader gave the quote to its speaker (or took it from one)
        DescribedRole,         // bool: a source the article describes instead of naming (Speaker::described)
    };
    Q_ENUM(Roles)

    // Longest text shown on a quote row before it is elided.
    static constexpr int ShortTextLength = 90;

    explicit SpeakerModel(QObject *parent = nullptr);

    void setArticle(const Article &article, const Extraction &extraction);
    void clear();
    // Per quote of the extraction: whether the reader's correction put it where it is. Reset by
    // setArticle().
    void setCorrectedQuotes(const QList<bool> &corrected);
    const Article &article() const { return m_article; }
    const Extraction &extraction() const { return m_extraction; }

    // Icons for the decoration role; the model itself ships none.
    void setIcons(const QIcon &person, const QIcon &organization, const QIcon &group, const QIcon &unattributed);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of the speaker; -1 selects the unattributed group. Invalid if there is no such row.
    QModelIndex speakerRow(int speaker) const;
    QModelIndex quoteRow(int quote) const;
    // The innermost quote covering the text position, or an invalid index.
    QModelIndex quoteAt(int position) const;
    // Quote indexes (into Extraction::quotes) of a speaker or group row, or of a single quote row.
    QList<int> quotesOf(const QModelIndex &index) const;
    // Speaker index of a speaker row, its group for a quote row; -1 for the unattributed group.
    static int speakerOf(const QModelIndex &index);
    QModelIndex findSpeakerByName(const QString &name) const;

    enum class Direction { Forward, Backward };
    // Where "next quote" or "previous quote" leads from a row, within the same speaker or group.
    struct QuoteStep
    {
        QModelIndex quote;    // a quote row, or invalid when there is nowhere to go
        bool wrapped = false; // went past the last quote to the first, or the other way round
    };
    // From a quote row: the neighbouring quote. From a speaker or group row: the first quote that
    // starts at or after the reading position (forward), or the last one before it (backward).
    // Either way past the end it wraps around to the other end.
    QuoteStep stepQuote(const QModelIndex &from, int position, Direction direction) const;

    QString citation(int quote) const;
    // The quote as the reader sees it, without the enclosing marks.
    QString quoteText(int quote) const;
    static QString elide(QStringView text, int length);
    // "1 quote", "3 quotes"
    static QString quoteCountText(int count);
    // The extraction in one line for the status bar: "5 quotes from 2 speakers, 1 unattributed."
    // (the speakers' quotes, and those of no speaker besides).
    QString summary() const;
    // Where the reader is for a selected row: "Jane Doe: quote 3 of 8", or "Jane Doe: 8 quotes".
    QString selectionSummary(const QModelIndex &index) const;
    // How sure the attribution of a quote is, and why, in words for a tooltip:
    // "Attribution uncertain: followed from the previous paragraph".
    QString attributionText(const Quote &quote) const;
    // "Quoted word for word", "Partly quoted", "Reported speech".
    static QString kindText(Quote::Kind kind);
    // Confidence from which an attribution is told as sure rather than likely.
    static constexpr double SureConfidence = 0.85;

private:
    int groupCount() const;
    int groupSpeaker(int group) const { return group < m_extraction.speakers.size() ? group : -1; }
    QVariant groupData(int group, int role) const;
    QVariant quoteData(int group, int row, int role) const;
    QString secondLine(int group) const;

    Article m_article;
    Extraction m_extraction;
    QList<QList<int>> m_groups;     // per row: quote indexes; the last one is the unattributed group
    QList<int> m_rowOfQuote;        // per quote: its row inside its group
    QList<bool> m_corrected;        // per quote, or empty when nothing is corrected
    int m_longestQuote = 0;
    bool m_hasUnattributed = false;
    QIcon m_personIcon;
    QIcon m_organizationIcon;
    QIcon m_groupIcon;
    QIcon m_unattributedIcon;
};
