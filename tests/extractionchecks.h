#pragma once

#include "article.h"
#include "extraction.h"

#include <QTest>

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
