#pragma once

#include "htmldocument.h"

#include <QString>

#include <optional>

// A social-media post embedded in a saved page: the <blockquote> a tweet, toot, Instagram or
// TikTok embed leaves behind when its script never runs. Reads who posted it from the embed's
// attribution line ("— Name (@account) date", "A post shared by Name (@account)") and what it says
// (its paragraphs, links to the post's pictures left out), so reader mode can show it as a
// quotation of its author rather than a block quote that the extractor would credit to whoever
// spoke before it.
struct EmbeddedPost
{
    QString author;   // the name on the attribution line, else its "@account"
    QString text;

    // Whether a blockquote is an embedded post, by the class its embed code gives it.
    static bool isEmbed(const HtmlDocument &doc, int blockquote);
    // The post, or nothing when it names no author or says nothing (a picture alone).
    static std::optional<EmbeddedPost> read(const HtmlDocument &doc, int blockquote);
    // The paragraph reader mode shows for it: «Name posted: “text”».
    QString sentence() const;
};
