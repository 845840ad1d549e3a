// Compares the text blocks of Saywho's HTML tree (HtmlDocument) with those of gumbo's, the HTML
// standard's tree construction as Google wrote it (libgumbo, a test-only dependency), where the
// standard's own tree-construction tests are not available:
//   gumbo_treecompare [--verbose] [--count N] [--seed S] [--min-pass PERCENT] [--write-pages DIR] [FILE|FOLDER...]
// Each page given (the fuzz corpus's HTML seeds) and each generated one (hand-written cases of
// misnested formatting, foreign content, tables, lists, raw text, then N random combinations of
// their pieces from a fixed seed) is parsed by both; one walk turns either tree into its text
// blocks (paragraph-level elements and the runs of text between them, white space collapsed), and
// the page passes when both lists are equal: same paragraphs, same order, same kind of block.
// Prints the first differing block of each failing page and the pass rate; exits 1 below PERCENT,
// 2 when a file cannot be read.

#include "load/htmldocument.h"
#include "load/textdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include <gumbo.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A parsed page as the walk sees it, whichever parser built it.
struct TreeNode
{
    enum class Kind { Element, Text };
    Kind kind = Kind::Element;
    QString name;         // elements: lower-case tag name
    bool foreign = false; // an SVG or MathML element
    QString text;         // text nodes
    QList<int> children;
};

using Tree = QList<TreeNode>; // node 0 is the document

struct Block
{
    QString kind; // the innermost paragraph-level element holding the text
    QString text;
    bool operator==(const Block &other) const { return kind == other.kind && text == other.text; }
};

// Paragraph-level HTML elements: each starts a block of its own and ends the run of text before it.
bool isBlockElement(QStringView name)
{
    static const QStringList names = {
        u"address"_s, u"article"_s, u"aside"_s, u"blockquote"_s, u"caption"_s, u"center"_s, u"dd"_s,
        u"details"_s, u"dialog"_s, u"dir"_s, u"div"_s, u"dl"_s, u"dt"_s, u"fieldset"_s, u"figcaption"_s,
        u"figure"_s, u"footer"_s, u"form"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s,
        u"header"_s, u"hgroup"_s, u"hr"_s, u"legend"_s, u"li"_s, u"main"_s, u"menu"_s, u"nav"_s, u"ol"_s,
        u"optgroup"_s, u"option"_s, u"p"_s, u"plaintext"_s, u"pre"_s, u"section"_s, u"select"_s,
        u"summary"_s, u"table"_s, u"tbody"_s, u"td"_s, u"textarea"_s, u"tfoot"_s, u"th"_s, u"thead"_s,
        u"title"_s, u"tr"_s, u"ul"_s, u"xmp"_s, u"frameset"_s, u"frame"_s,
        // Never shown, so never part of a paragraph: gumbo puts a script before any content into
        // the implied <head>, Saywho (which makes no implied elements) where it stands.
        u"script"_s, u"style"_s,
    };
    return names.contains(name);
}

// The one walk both trees go through.
class BlockWalk
{
public:
    explicit BlockWalk(const Tree &tree) : m_tree(tree) {}

    QList<Block> blocks()
    {
        visit(0, u"body"_s);
        flush(u"body"_s);
        return m_blocks;
    }

private:
    void visit(int index, const QString &kind)
    {
        const TreeNode &node = m_tree.at(index);
        if (node.kind == TreeNode::Kind::Text) {
            m_run += node.text;
            return;
        }
        QString inner = kind;
        bool boundary = false;
        if (!node.foreign) {
            // A template's content is inert (never rendered), and <noscript> is read as raw text
            // by Saywho, as by a browser running scripts, but as markup by gumbo, which parses as
            // one that does not: neither shows either as page text.
            if (node.name == u"template" || node.name == u"noscript")
                return;
            if (node.name == u"html" || node.name == u"head" || node.name == u"body") {
                // Saywho does not make the implied <html>, <head> and <body>: no text is theirs alone.
                boundary = true;
                inner = u"body"_s;
            } else if (node.name == u"br") {
                boundary = true;
            } else if (isBlockElement(node.name)) {
                boundary = true;
                inner = node.name;
            } else if (node.name == u"listing") {
                boundary = true;
                inner = u"pre"_s; // the standard parses <listing> as <pre>, and so does Saywho
            }
        }
        if (boundary)
            flush(kind);
        for (int child : node.children)
            visit(child, inner);
        if (boundary)
            flush(inner);
    }

    void flush(const QString &kind)
    {
        const QString text = m_run.simplified();
        m_run.clear();
        if (!text.isEmpty())
            m_blocks.append({kind, text});
    }

    const Tree &m_tree;
    QList<Block> m_blocks;
    QString m_run;
};

Tree saywhoTree(const HtmlDocument &doc)
{
    Tree tree(doc.size());
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlDocument::Node &node = doc.node(i);
        TreeNode &out = tree[i];
        if (node.isText) {
            out.kind = TreeNode::Kind::Text;
            out.text = node.text;
        } else {
            out.name = node.tag == HtmlDocument::Tag::Other ? node.name : HtmlDocument::nameOf(node.tag).toString();
            out.foreign = node.foreign;
        }
        for (int child = node.firstChild; child >= 0; child = doc.node(child).nextSibling)
            out.children.append(child);
    }
    return tree;
}

int appendGumbo(Tree &tree, const GumboNode *node)
{
    const int index = int(tree.size());
    tree.append(TreeNode());
    const GumboVector *children = nullptr;
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        children = &node->v.document.children;
        break;
    case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
        const GumboElement &element = node->v.element;
        QString name;
        if (element.tag == GUMBO_TAG_UNKNOWN) {
            GumboStringPiece piece = element.original_tag;
            gumbo_tag_from_original_text(&piece);
            name = QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
        } else {
            name = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
        }
        tree[index].name = name;
        tree[index].foreign = element.tag_namespace != GUMBO_NAMESPACE_HTML;
        children = &element.children;
        break;
    }
    case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
        tree[index].kind = TreeNode::Kind::Text;
        tree[index].text = QString::fromUtf8(node->v.text.text);
        return index;
    case GUMBO_NODE_COMMENT:
        tree[index].kind = TreeNode::Kind::Text; // an empty run: comments are no text
        return index;
    }
    for (unsigned i = 0; children && i < children->length; ++i) {
        const int child = appendGumbo(tree, static_cast<const GumboNode *>(children->data[i]));
        tree[index].children.append(child);
    }
    return index;
}

Tree gumboTree(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    Tree tree;
    appendGumbo(tree, output->document);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return tree;
}

// Debian's gumbo 0.10.1 keeps its assertions, and now and then one fails on a random table soup
// (handle_in_table: "state->_text_node._buffer.length == 0"), not on every run of the same page:
// gumbo parses in a child process that sends the blocks back, so that such a page is reported and
// left out instead of ending the run. std::nullopt when the child did not finish.
std::optional<QList<Block>> gumboBlocks(const QString &html)
{
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0)
        return BlockWalk(gumboTree(html)).blocks(); // cannot fork safely: parse here
    const pid_t child = fork();
    if (child < 0) {
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        return BlockWalk(gumboTree(html)).blocks();
    }
    if (child == 0) {
        close(pipeEnds[0]);
        QString message;
        for (const Block &block : BlockWalk(gumboTree(html)).blocks())
            message += block.kind + QChar(0x1F) + block.text + QChar(0x1E);
        const QByteArray bytes = message.toUtf8();
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = write(pipeEnds[1], bytes.constData() + written, size_t(bytes.size() - written));
            if (n <= 0)
                _exit(1);
            written += n;
        }
        _exit(0);
    }
    close(pipeEnds[1]);
    QByteArray bytes;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(pipeEnds[0], buffer, sizeof buffer)) != 0) {
        if (n > 0)
            bytes.append(buffer, n);
        else if (errno != EINTR)
            break;
    }
    close(pipeEnds[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    QList<Block> blocks;
    const QStringList records = QString::fromUtf8(bytes).split(QChar(0x1E), Qt::SkipEmptyParts);
    for (const QString &record : records) {
        const qsizetype separator = record.indexOf(QChar(0x1F));
        blocks.append({record.left(separator), record.mid(separator + 1)});
    }
    return blocks;
}

QString describe(const QList<Block> &blocks, qsizetype i)
{
    return i < blocks.size() ? blocks.at(i).kind + u": "_s + blocks.at(i).text : u"(no block)"_s;
}

// Hand-written pages, one per rule of the standard's tree construction that moves text between
// blocks; the random pages below combine their pieces.
QList<std::pair<QString, QString>> fixedPages()
{
    return {
        {u"formatting closed out of order"_s, u"<p><b>one <i>two</b> three</i> four</p>"_s},
        {u"bold carried into the next paragraph"_s, u"<p><b>one<p>two</b> three"_s},
        {u"adoption agency: a paragraph inside bold"_s, u"<b>one<p>two</b>three</p>"_s},
        {u"adoption agency: a div inside a link"_s, u"<a href=x>one<div>two</a>three</div>four"_s},
        {u"adoption agency: nested formatting and blocks"_s, u"<b><i><div>one</b>two</i>three</div>"_s},
        {u"adoption agency: a table inside bold"_s, u"<b><table><td>one</b>two</td></table>three"_s},
        {u"more than three identical formatting elements"_s,
         u"<p><b><b><b><b>one</p><p>two</p>"_s},
        {u"a link does not nest"_s, u"<a href=1>one<a href=2>two</a>three"_s},
        {u"nobr does not nest"_s, u"<nobr>one<nobr>two</nobr>three"_s},
        {u"inline svg that closes itself"_s, u"<p>one <svg viewBox='0 0 1 1'/> two</p><p>three</p><p>four</p>"_s},
        {u"svg with a text element"_s, u"<p>one<svg><text>two</text></svg>three</p>"_s},
        {u"svg with foreignObject"_s, u"<svg><foreignObject><p>one</p><div>two</div></foreignObject></svg><p>three"_s},
        {u"math with mi"_s, u"<p>one <math><mi>x</mi><mo>=</mo><mn>2</mn></math> two</p>"_s},
        {u"self-closing elements in svg"_s, u"<svg><circle/><g><path/></g><text>one</text></svg><p>two"_s},
        {u"a paragraph after an unclosed svg"_s, u"<div><svg><g>one<p>two</p>three</div>"_s},
        {u"a title inside svg is not the page title"_s, u"<svg><title>one</title></svg><p>two"_s},
        {u"CDATA and comments in svg"_s, u"<svg><![CDATA[one < two]]><!-- three --></svg><p>four"_s},
        {u"CDATA in a MathML text integration point"_s, u"<p>one<math><mi><![CDATA[two]]></mi></math>three"_s},
        {u"CDATA outside foreign content is a comment"_s, u"<p>one<![CDATA[two]]>three"_s},
        {u"math annotation-xml with html"_s, u"<math><annotation-xml encoding='text/html'><p>one</p></annotation-xml></math>two"_s},
        {u"font with color breaks out of svg"_s, u"<svg><font color=red>one</font></svg>two"_s},
        {u"implied tbody and tr"_s, u"<table><td>one<td>two<tr><td>three</table>"_s},
        {u"text foster-parented out of a table"_s, u"<table>one<tr><td>two</td></tr>three</table>four"_s},
        {u"elements foster-parented out of a table"_s, u"<table><p>one</p><tr><td>two</table>"_s},
        {u"nested tables"_s, u"<table><tr><td>one<table><tr><td>two</table>three</td></tr></table>"_s},
        {u"td without tr"_s, u"<table><td>one</td></table><p>two"_s},
        {u"td without a table"_s, u"<td>one</td><p>two"_s},
        {u"caption and colgroup"_s, u"<table><caption>one<colgroup><col><tr><td>two</table>"_s},
        {u"a table closes a paragraph"_s, u"<p>one<table><tr><td>two</table>three"_s},
        {u"a table end tag inside a cell"_s, u"<table><tr><td>one</table>two"_s},
        {u"formatting in a cell stays in the cell"_s, u"<table><tr><td><b>one</td><td>two</b></table>three"_s},
        {u"lists without closing tags"_s, u"<ul><li>one<li>two<ul><li>three</ul><li>four</ul>"_s},
        {u"definition lists without closing tags"_s, u"<dl><dt>one<dd>two<dt>three</dl>"_s},
        {u"a list item closes a paragraph"_s, u"<ul><li><p>one<li>two</ul>"_s},
        {u"a list item inside a div inside a list item"_s, u"<ul><li>one<div><li>two</div></ul>"_s},
        {u"paragraphs closed by blocks"_s,
         u"<p>one<div>two</div><p>three<h2>four</h2><p>five<ul><li>six</ul><p>seven<blockquote>eight</blockquote>"_s},
        {u"paragraph closed by pre and hr"_s, u"<p>one<pre>two</pre><p>three<hr>four"_s},
        {u"unclosed divs"_s, u"<div>one<div>two<div>three"_s},
        {u"stray end tags"_s, u"</div>one</p>two</span></li>three</td>four</table></b>"_s},
        {u"an end tag for an element out of scope"_s, u"<div>one<table><tr><td>two</div>three</table>four"_s},
        {u"an end tag blocked by a special element"_s, u"<span>one<div>two</span>three</div>"_s},
        {u"a heading closed by another heading's end tag"_s, u"<h1>one</h2>two"_s},
        {u"a heading inside a heading"_s, u"<h1>one<h2>two</h2>three"_s},
        {u"br and /br"_s, u"<p>one<br>two</br>three<br/>four"_s},
        {u"an end p without a paragraph"_s, u"one</p>two"_s},
        {u"template"_s, u"<p>one<template><p>two</p></template>three</p>"_s},
        {u"template in a table"_s, u"<table><template><td>one</td></template><tr><td>two</table>"_s},
        {u"noscript"_s, u"<div>one<noscript><p>two</p></noscript></div><p>three"_s},
        {u"plaintext"_s, u"<p>one<plaintext><p>two</p></plaintext>"_s},
        {u"textarea is raw text"_s, u"<p>one<textarea><p>two</p></textarea>three"_s},
        {u"title is raw text"_s, u"<title>one <b>two</b></title><p>three"_s},
        {u"title in the body"_s, u"<p>one<title>two</title>three"_s},
        {u"xmp and style"_s, u"<xmp><b>one</b></xmp><style>p{}</style><p>two"_s},
        {u"script in a paragraph"_s, u"<p>one<script>if (a<b) x()</script>two"_s},
        {u"head content and text before body"_s, u"<html><head><title>one</title>two<p>three"_s},
        {u"content after the body"_s, u"<body><p>one</body><p>two</html>three"_s},
        {u"a second body"_s, u"<p>one<body><p>two"_s},
        {u"button inside a paragraph"_s, u"<p>one<button>two<p>three</button>four"_s},
        {u"select with options"_s, u"<select><option>one<option>two</select>three"_s},
        {u"address and center"_s, u"<address>one<p>two</address>three<center>four"_s},
        {u"formatting reopened after a block"_s, u"<p><i>one</p>two<div>three</div>"_s},
        {u"a marquee is a scope boundary"_s, u"<p>one<marquee><p>two</marquee>three"_s},
        {u"pre with a leading newline"_s, u"<pre>\none\ntwo</pre>"_s},
        {u"image becomes img"_s, u"<p>one<image src=x>two"_s},
        {u"frames"_s, u"<frameset><frame></frameset>one"_s},
    };
}

// Random combinations of the pieces above, from a fixed seed so that every run compares the same pages.
QList<std::pair<QString, QString>> randomPages(int count, quint32 seed)
{
    static const QStringList pieces = {
        u"<p>"_s, u"</p>"_s, u"<div>"_s, u"</div>"_s, u"<b>"_s, u"</b>"_s, u"<i>"_s, u"</i>"_s, u"<em>"_s,
        u"</em>"_s, u"<a href=x>"_s, u"</a>"_s, u"<strong>"_s, u"</strong>"_s, u"<span>"_s, u"</span>"_s,
        u"<font size=2>"_s, u"</font>"_s, u"<u>"_s, u"</u>"_s, u"<s>"_s, u"</s>"_s, u"<code>"_s, u"</code>"_s,
        u"<ul>"_s, u"</ul>"_s, u"<ol>"_s, u"</ol>"_s, u"<li>"_s, u"</li>"_s, u"<dl>"_s, u"<dt>"_s, u"<dd>"_s,
        u"</dl>"_s, u"<h1>"_s, u"</h1>"_s, u"<h2>"_s, u"</h2>"_s, u"<h3>"_s, u"</h3>"_s, u"<blockquote>"_s,
        u"</blockquote>"_s, u"<pre>"_s, u"</pre>"_s, u"<section>"_s, u"</section>"_s, u"<article>"_s,
        u"</article>"_s, u"<table>"_s, u"</table>"_s, u"<tr>"_s, u"</tr>"_s, u"<td>"_s, u"</td>"_s,
        u"<th>"_s, u"</th>"_s, u"<tbody>"_s, u"</tbody>"_s, u"<caption>"_s, u"</caption>"_s, u"<br>"_s,
        u"</br>"_s, u"<hr>"_s, u"<img src=x>"_s, u"<svg>"_s, u"</svg>"_s, u"<svg/>"_s, u"<svg><path/></svg>"_s,
        u"<foreignObject>"_s, u"</foreignObject>"_s, u"<math>"_s, u"</math>"_s, u"<mi>"_s, u"</mi>"_s,
        u"<g>"_s, u"</g>"_s, u"<text>"_s, u"</text>"_s, u"<![CDATA[cdata]]>"_s, u"<!-- note -->"_s,
        u"<template>"_s, u"</template>"_s, u"<span><noscript>x</noscript></span>"_s, u"<textarea><p>raw</textarea>"_s,
        u"<title>name</title>"_s, u"<script>a<b</script>"_s, u"<nobr>"_s, u"</nobr>"_s, u"<center>"_s,
        u"</center>"_s, u"<address>"_s, u"</address>"_s, u"<button>"_s, u"</button>"_s,
    };
    static const QStringList breaksOut = {
        u"<p>"_s, u"<div>"_s, u"<b>"_s, u"<i>"_s, u"<em>"_s, u"<strong>"_s, u"<span>"_s, u"<font size=2>"_s,
        u"<u>"_s, u"<s>"_s, u"<code>"_s, u"<ul>"_s, u"<ol>"_s, u"<li>"_s, u"<dl>"_s, u"<dt>"_s, u"<dd>"_s,
        u"<h1>"_s, u"<h2>"_s, u"<h3>"_s, u"<blockquote>"_s, u"<pre>"_s, u"<table>"_s, u"<br>"_s, u"<hr>"_s,
        u"<img src=x>"_s, u"<center>"_s, u"<nobr>"_s, u"<span><noscript>x</noscript></span>"_s,
    };
    QRandomGenerator random(seed);
    QList<std::pair<QString, QString>> pages;
    int word = 0;
    for (int n = 0; n < count; ++n) {
        // Half of them in no-quirks mode, where a <table> closes an open <p>; the rest in quirks mode.
        QString html = random.bounded(2) ? u"<!DOCTYPE html>"_s : QString();
        const int length = 4 + int(random.bounded(24));
        bool inForeign = false; // after <svg> or <math>, until an HTML tag surely ends them
        for (int k = 0; k < length; ++k) {
            const QString &piece = pieces.at(int(random.bounded(int(pieces.size()))));
            // gumbo 0.10.1 predates the standard's rule that </p> and </br> end foreign content
            // (browsers follow it, and so does Saywho), so they are not written inside svg or math.
            if (inForeign && (piece == u"</p>" || piece == u"</br>"))
                continue;
            if (piece == u"<svg>" || piece == u"<math>")
                inForeign = true;
            else if (breaksOut.contains(piece))
                inForeign = false;
            html += piece;
            if (random.bounded(2))
                html += u"w"_s + QString::number(++word) + u' ';
        }
        pages.append({u"random page %1"_s.arg(n + 1), html});
    }
    return pages;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Compares the text blocks of Saywho's HTML tree with gumbo's."_s);
    parser.addHelpOption();
    const QCommandLineOption verbose(u"verbose"_s, u"Print the blocks of every failing page."_s);
    const QCommandLineOption count(u"count"_s, u"How many random pages to generate."_s, u"n"_s, u"400"_s);
    const QCommandLineOption seed(u"seed"_s, u"The random pages' seed."_s, u"seed"_s, u"13"_s);
    const QCommandLineOption minPass(u"min-pass"_s, u"Fail below this pass rate (percent)."_s, u"percent"_s, u"0"_s);
    const QCommandLineOption writePages(u"write-pages"_s, u"Also write every generated page into this folder."_s,
                                        u"folder"_s);
    parser.addOptions({verbose, count, seed, minPass, writePages});
    parser.addPositionalArgument(u"files"_s, u"HTML files or folders of them (the fuzz corpus)."_s, u"[FILE|FOLDER...]"_s);
    parser.process(app);
    QTextStream out(stdout);

    QList<std::pair<QString, QString>> pages;
    for (const QString &argument : parser.positionalArguments()) {
        QStringList files;
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, {u"*.html"_s, u"*.htm"_s, u"*.xhtml"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
        } else {
            files.append(argument);
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                out << path << ": cannot be read" << Qt::endl;
                return 2;
            }
            pages.append({path, TextDecoder::decode(file.readAll()).text});
        }
    }
    const qsizetype fromFiles = pages.size();
    pages += fixedPages();
    pages += randomPages(parser.value(count).toInt(), parser.value(seed).toUInt());

    if (parser.isSet(writePages)) {
        QDir dir(parser.value(writePages));
        dir.mkpath(u"."_s);
        for (qsizetype i = fromFiles; i < pages.size(); ++i) {
            QFile file(dir.filePath(u"page-%1.html"_s.arg(i - fromFiles + 1, 3, 10, QChar(u'0'))));
            if (file.open(QIODevice::WriteOnly))
                file.write(pages.at(i).second.toUtf8());
        }
    }

    int passed = 0;
    int gumboAborted = 0;
    for (const auto &[name, html] : std::as_const(pages)) {
        const std::optional<QList<Block>> gumbo = gumboBlocks(html);
        if (!gumbo) {
            ++gumboAborted;
            out << "SKIPPED " << name << ": gumbo aborted on it\n  page:   " << QString(html).replace(u'\n', u' ').left(300)
                << '\n';
            continue;
        }
        const QList<Block> &theirs = *gumbo;
        const QList<Block> ours = BlockWalk(saywhoTree(HtmlDocument::parse(html))).blocks();
        if (ours == theirs) {
            ++passed;
            continue;
        }
        qsizetype first = 0;
        while (first < ours.size() && first < theirs.size() && ours.at(first) == theirs.at(first))
            ++first;
        out << "DIFFERS " << name << ": block " << first + 1 << "\n  saywho: " << describe(ours, first)
            << "\n  gumbo:  " << describe(theirs, first) << '\n';
        if (parser.isSet(verbose) || name.startsWith(u"random"_s) || fromFiles == 0)
            out << "  page:   " << QString(html).replace(u'\n', u' ').left(300) << '\n';
        if (parser.isSet(verbose)) {
            for (qsizetype i = 0; i < std::max(ours.size(), theirs.size()); ++i)
                out << "    " << i + 1 << "  " << describe(ours, i) << "  |  " << describe(theirs, i) << '\n';
        }
    }
    const qsizetype compared = pages.size() - gumboAborted;
    const double rate = compared == 0 ? 100.0 : 100.0 * passed / double(compared);
    out << "gumbo tree comparison: " << passed << " of " << compared << " pages agree ("
        << QString::number(rate, 'f', 1) << "%; " << fromFiles << " from files, " << pages.size() - fromFiles
        << " generated";
    if (gumboAborted > 0)
        out << "; " << gumboAborted << " left out, gumbo aborted on them";
    out << ")" << Qt::endl;
    return rate + 1e-9 < parser.value(minPass).toDouble() ? 1 : 0;
}
