#include "exporttext.h"

QString ExportText::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString ExportText::markdownEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    // A line starting with a list or heading marker would not read as text.
    if (!out.isEmpty() && (out.front() == u'-' || out.front() == u'+'))
        out.prepend(u'\\');
    return out;
}
