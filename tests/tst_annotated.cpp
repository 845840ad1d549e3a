// Scores the extractor on the project's own hand-annotated articles (tests/data/annotated): recall
// of the annotated quotations, precision of what is found, and how often the speaker shown is the
// annotated one. Fails below floors set from the measured scores, so a change that makes
// attribution worse is caught. Each miss is printed to help find the rule at fault.
#include "load/articleloader.h"
#include "article/extraction.h"
#include "extract/extractor.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

// Floors: a little under the scores measured when the set was added (see the README).
constexpr double kRecallFloor = 0.95;
constexpr double kPrecisionFloor = 0.93;
constexpr double kSpeakerFloor = 0.87;

struct GoldQuote
{
    QString speaker; // "-" for none
    QString kind;
    QString text;
};

struct Gold
{
    QList<GoldQuote> quotes;
    QStringList notSpeakers;
    int speakers = -1;
};

Gold readGold(const QString &path)
{
    Gold gold;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return gold;
    const QString all = QString::fromUtf8(file.readAll());
    for (const QString &line : all.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        if (f.first() == u"QUOTE" && f.size() >= 4)
            gold.quotes.append({f.at(1).trimmed(), f.at(2).trimmed(), f.mid(3).join(u'\t')});
        else if (f.first() == u"NOTSPEAKER" && f.size() >= 2)
            gold.notSpeakers.append(f.at(1).trimmed());
        else if (f.first() == u"SPEAKERS" && f.size() >= 2)
            gold.speakers = f.at(1).trimmed().toInt();
    }
    return gold;
}

QString normalisedName(QString name)
{
    name = name.trimmed();
    if (name.startsWith(QStringLiteral("the "), Qt::CaseInsensitive))
        name = name.mid(4);
    name.remove(u'\'').remove(QChar(0x2019)); // "Farmers’ Federation" and "Farmers Federation"
    return name.toCaseFolded();
}

int overlap(int a, int b, int c, int d)
{
    return std::max(0, std::min(b, d) - std::max(a, c));
}

} // namespace

class TestAnnotated : public QObject
{
    Q_OBJECT

private slots:
    void scoresAboveTheFloors()
    {
        const QDir dir(QStringLiteral(SAYWHO_TEST_DATA_DIR "/annotated"));
        const QStringList articles = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY2(articles.size() >= 25, "the annotated set must hold at least 25 articles");

        int goldQuotes = 0, found = 0, named = 0, namedRight = 0, predicted = 0, predictedRight = 0;
        int notSpeakerViolations = 0;
        const Extractor extractor;
        for (const QString &name : articles) {
            const QString base = dir.filePath(name.chopped(4));
            const Gold gold = readGold(base + QStringLiteral(".gold"));
            QVERIFY2(!gold.quotes.isEmpty() || gold.speakers == 0, qPrintable(name + QStringLiteral(": no gold")));
            ArticleLoader::Result loaded = ArticleLoader::loadFile(base + QStringLiteral(".txt"));
            QVERIFY2(loaded.ok(), qPrintable(loaded.error));
            const Article &article = loaded.article;
            const QString &text = article.text();
            const Extraction e = extractor.extract(article);

            QList<QPair<int, int>> goldSpans;
            for (const GoldQuote &g : gold.quotes) {
                const int at = int(text.indexOf(g.text));
                QVERIFY2(at >= 0, qPrintable(name + QStringLiteral(": gold text not in the article: ") + g.text));
                const int end = at + int(g.text.size());
                goldSpans.append({at, end});
                ++goldQuotes;
                const Quote *hit = nullptr;
                for (const Quote &q : e.quotes) {
                    if (overlap(q.start, q.end, at, end) * 2 >= std::min(q.end - q.start, end - at)) {
                        hit = &q;
                        break;
                    }
                }
                if (!hit) {
                    qInfo("%s: missed %s: %s", qPrintable(name), qPrintable(g.speaker), qPrintable(g.text.left(70)));
                    continue;
                }
                ++found;
                if (g.speaker == u"-")
                    continue;
                ++named;
                const QString shown = hit->speaker >= 0 ? e.speakers.at(hit->speaker).name : QStringLiteral("-");
                if (normalisedName(shown) == normalisedName(g.speaker))
                    ++namedRight;
                else
                    qInfo("%s: %s shown as %s: %s", qPrintable(name), qPrintable(g.speaker), qPrintable(shown),
                          qPrintable(g.text.left(60)));
            }
            for (const Quote &q : e.quotes) {
                ++predicted;
                const bool right = std::any_of(goldSpans.cbegin(), goldSpans.cend(), [&q](const QPair<int, int> &g) {
                    return overlap(q.start, q.end, g.first, g.second) > 0;
                });
                predictedRight += right;
                if (!right)
                    qInfo("%s: not annotated: %s", qPrintable(name), qPrintable(Extraction::quoteText(article, q).left(70)));
            }
            for (const QString &n : gold.notSpeakers) {
                if (e.speakerByName(n) >= 0) {
                    ++notSpeakerViolations;
                    qInfo("%s: %s is listed as a speaker", qPrintable(name), qPrintable(n));
                }
            }
        }
        const double recall = double(found) / std::max(1, goldQuotes);
        const double precision = double(predictedRight) / std::max(1, predicted);
        const double speakers = double(namedRight) / std::max(1, named);
        qInfo("annotated set: %lld articles, recall %.3f (%d/%d), precision %.3f (%d/%d), speaker accuracy %.3f (%d/%d), "
              "mentioned-only people listed: %d",
              qlonglong(articles.size()), recall, found, goldQuotes, precision, predictedRight, predicted, speakers,
              namedRight, named, notSpeakerViolations);
        QVERIFY2(recall >= kRecallFloor, "recall fell below the floor");
        QVERIFY2(precision >= kPrecisionFloor, "precision fell below the floor");
        QVERIFY2(speakers >= kSpeakerFloor, "speaker accuracy fell below the floor");
        QCOMPARE(notSpeakerViolations, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotated)
#include "tst_annotated.moc"
