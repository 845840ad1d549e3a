#pragma once

#include "htmldocument.h"

#include <QList>
#include <QString>

#include <vector>

// Reader mode's choice of what in a parsed page is the article, after Mozilla Readability: hides
// what is never content (scripts, forms, navigation, hidden or unlikely elements, ads, the byline),
// scores containers by the text of their paragraphs, commas, link density and class/id hints, takes
// the best one with the siblings that read as part of it (climbing to a parent that scores better,
// so that an article split into sections stays whole), and cleans out the boxes inside them that
// read as clutter, but never a table of data. Each set of options is one pass; the reader relaxes
// them when too little is left.
class ReadabilityScorer
{
public:
    struct Options
    {
        bool stripUnlikely = true;
        bool weightClasses = true;
        bool cleanConditionally = true;
        bool fragment = false;
    };

    ReadabilityScorer(const HtmlDocument &doc, const Options &options)
        : m_doc(doc), m_opt(options), m_n(doc.size())
    {
    }

    // Returns the content roots (in document order) and marks what is not content.
    QList<int> run();
    // Per node, whether it is left out of the article.
    const std::vector<bool> &hidden() const { return m_hidden; }
    // Per node, whether it is a <table> of data rather than of layout (Readability's _isDataTable:
    // not role=presentation, and a caption, a header cell, or rows and columns enough for data).
    const std::vector<bool> &dataTables() const { return m_dataTable; }

private:
    int classWeight(int i) const;
    void markHidden(int i);
    void removeNonContent();
    void measure();
    void markDataTables();
    int climbToBetterParent(int top) const;
    double linkDensity(int i) const
    {
        const int len = m_textLen[size_t(i)];
        return len > 0 ? m_linkLen[size_t(i)] / double(len) : 0.0;
    }
    bool isParagraphLike(int i) const;
    int topCandidate();
    QList<int> gatherSiblings(int top);
    void clean(const QList<int> &roots);
    QString classAndId(int i) const
    {
        return m_doc.attribute(i, u"class") + u' ' + m_doc.attribute(i, u"id");
    }
    int bodyOrRoot() const;

    const HtmlDocument &m_doc;
    Options m_opt;
    int m_n;
    std::vector<bool> m_hidden;
    std::vector<int> m_textLen;     // collapsed text of the visible subtree
    std::vector<double> m_linkLen;  // part of it inside links
    std::vector<int> m_commas;
    std::vector<int> m_paragraphs, m_images, m_listItems, m_inputs, m_embeds, m_headingLen, m_blockquotes;
    std::vector<bool> m_blockChild; // has a visible block-level child element
    std::vector<double> m_score;
    std::vector<bool> m_scored;
    std::vector<bool> m_dataTable;
};
