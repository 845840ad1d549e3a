#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Guesses the encoding of text that declares none and is not UTF-8, without a detector library:
// a single-byte file is decoded in each candidate legacy encoding and the one whose letters read
// as words wins. Latin text (accented letters inside mostly ASCII words) is Windows-1252; words
// made wholly of letters above ASCII are another script, told apart by how its letters fall:
// Cyrillic as Windows-1251 or KOI8-R (running text is mostly lower case, which the two encode at
// opposite ends of the upper half), Greek as Windows-1253.
class CharsetDetector
{
public:
    // The encoding's name for QStringDecoder ("windows-1251"), or an empty array when the bytes
    // are valid UTF-8 (ASCII included) and need no guess. Looks at the first 64 KB at most.
    static QByteArray detect(QByteArrayView bytes);
    // Whether the bytes are UTF-8, a sequence cut by the end of bytes allowed.
    static bool isValidUtf8(QByteArrayView bytes);
};
