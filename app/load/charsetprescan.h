#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Finds the encoding an HTML file declares in its first bytes, as browsers do before they parse:
// the HTML standard's "prescan a byte stream to determine its encoding" (section 13.2.3.2), which
// reads <meta charset> and <meta http-equiv="content-type" content="...; charset=..."> while
// skipping comments and other tags, and maps the label to an encoding by the Encoding standard.
class CharsetPrescan
{
public:
    // The name of the declared encoding per the Encoding standard ("windows-1252", "UTF-8",
    // "Shift_JIS"), or an empty array when the bytes declare none (or one no browser knows).
    // UTF-16 declarations give UTF-8 and x-user-defined gives windows-1252, as the standard says.
    // All of bytes is scanned: the standard waits for 1024 bytes of a stream before it decides,
    // then changes the encoding if the parser meets a <meta> later; for a file, scanning its head
    // gives that final answer at once.
    static QByteArray encodingOf(QByteArrayView bytes);

    // The Encoding standard's "get an encoding": the encoding a label names ("latin1" ->
    // "windows-1252"), or an empty array for an unknown label.
    static QByteArray encodingForLabel(QByteArrayView label);

    // The encoding named by the charset parameter of a content attribute ("text/html; charset=x").
    static QByteArray encodingFromContent(QByteArrayView content);
};
