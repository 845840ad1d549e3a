#pragma once

// Helpers the core's tests share.
#include "article/article.h"
#include "cli/extractcommand.h"
#include "article/extraction.h"

#include <QFile>
#include <QStringList>
#include <QTest>

#include <cstdio>

// The text of each block of an article, in order.
inline QStringList blockTexts(const Article &article)
{
    QStringList out;
    for (int i = 0; i < article.blocks().size(); ++i)
        out << article.blockText(i).toString();
    return out;
}

// Writes a test's input file and returns its path. A file that cannot be written fails the running
// test, as QFAIL does, and gives an empty path: it does not abort the whole run as qFatal would, nor
// pass unnoticed in a release build as Q_ASSERT would.
inline QString writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        QTest::qFail(qPrintable(QStringLiteral("cannot write the test file %1").arg(path)), __FILE__, __LINE__);
        return {};
    }
    return path;
}

// What `saywho --extract PATHS` returns and writes, run in process.
struct ExtractOutput
{
    int status = 0;
    QByteArray out;
    QByteArray err;
};

inline ExtractOutput runExtractCommand(const QStringList &paths)
{
    FILE *out = std::tmpfile();
    FILE *err = std::tmpfile();
    ExtractOutput result;
    result.status = ExtractCommand::run(paths, out, err);
    const auto readAll = [](FILE *f) {
        std::rewind(f);
        QByteArray bytes;
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
            bytes.append(buf, qsizetype(n));
        std::fclose(f);
        return bytes;
    };
    result.out = readAll(out);
    result.err = readAll(err);
    return result;
}

// What any extraction must satisfy, whatever the input: offsets inside the text and in order,
// speakers that exist, confidences between 0 and 1, and speakers' quote counts that add up.
// A failed check fails the calling test function (QVERIFY/QCOMPARE) and returns at once.
inline void verifySane(const Article &article, const Extraction &x)
{
    const int size = int(article.text().size());
    int previous = -1;
    QList<int> counts(x.speakers.size(), 0);
    for (const Quote &q : x.quotes) {
        QVERIFY(q.start >= 0 && q.start <= q.end && q.end <= size);
        QVERIFY(q.start >= previous);
        previous = q.start;
        QVERIFY(q.speaker >= -1 && q.speaker < x.speakers.size());
        QVERIFY(q.confidence >= 0 && q.confidence <= 1);
        if (q.speaker >= 0)
            ++counts[q.speaker];
    }
    for (int i = 0; i < x.speakers.size(); ++i) {
        QVERIFY(!x.speakers.at(i).name.isEmpty());
        QCOMPARE(x.speakers.at(i).quoteCount, counts.at(i));
    }
}
