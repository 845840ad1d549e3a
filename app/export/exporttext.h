#pragma once

#include <QString>

// How text is written into the export formats, shared by every exporter.
namespace ExportText {

// A CSV field (RFC 4180): quoted, with inner quotes doubled, when it holds a comma, a quote or a
// line break.
QString csvField(const QString &value);
// Text that Markdown shows as written: its markup characters escaped, and a leading list marker.
QString markdownEscaped(const QString &text);

} // namespace ExportText
