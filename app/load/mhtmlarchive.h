#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// A saved web page in one MIME file (MHTML: Chrome's "Webpage, Single File" .mhtml, the .mht of
// older browsers): a multipart/related message whose root part is the page's HTML and whose other
// parts are its images, styles and frames. Finds the root part (by the "start" parameter, else the
// first part of the message's "type", else the first text/html part), undoes its transfer encoding
// (quoted-printable or base64) and reports its charset; the other parts are never decoded, so no
// image or script of the page is ever loaded.
class MhtmlArchive
{
    Q_DECLARE_TR_FUNCTIONS(MhtmlArchive)

public:
    struct Page
    {
        QByteArray html;     // the root part's bytes, transfer encoding undone
        QByteArray charset;  // its Content-Type charset, empty when it names none
        QString location;    // where the page was saved from (Snapshot-Content-Location, Content-Location)
        QString error;       // user-facing reason, empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static Page rootPage(QByteArrayView bytes);
    // Whether the start of a file is a MIME message of a saved page: headers with a
    // multipart/related Content-Type before the first blank line.
    static bool looksLikeMhtml(QByteArrayView head);

    // Content-Transfer-Encoding: quoted-printable (soft line breaks, =XX escapes; a malformed
    // escape is kept as written, as mail readers do).
    static QByteArray decodeQuotedPrintable(QByteArrayView bytes);
};
