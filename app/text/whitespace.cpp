#include "whitespace.h"

namespace Whitespace {

QString collapse(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (isAscii(c) || c == QChar::Nbsp) {
            space = !out.isEmpty();
        } else {
            if (space)
                out += u' ';
            space = false;
            out += c;
        }
    }
    return out;
}

int collapsedLength(QStringView text)
{
    int n = 0;
    bool space = true;
    for (QChar c : text) {
        if (isAscii(c)) {
            if (!space)
                ++n;
            space = true;
        } else {
            ++n;
            space = false;
        }
    }
    return n;
}

} // namespace Whitespace
