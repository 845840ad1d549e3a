// `saywho --extract --jobs 2` against `--jobs 1` on a folder of articles: the folder that
// SAYWHO_BENCH_DIR names (for example ../shared/corpora/polnear-train/text), else 800 generated
// articles. On two cores or more, two jobs must take at most 0.6 times as long as one.
#include "newsgenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace {

constexpr int kArticles = 800;
constexpr double kMaxRatio = 0.6;

} // namespace

class BenchJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString folder = qEnvironmentVariable("SAYWHO_BENCH_DIR");
        if (folder.isEmpty()) {
            qInfo("SAYWHO_BENCH_DIR is not set: measuring %d generated articles", kArticles);
            QVERIFY(m_dir.isValid());
            NewsGenerator generator;
            for (int i = 0; i < kArticles; ++i) {
                const QString path = m_dir.filePath(QStringLiteral("article-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
                QFile file(path);
                const QString lead = generator.name();
                if (!file.open(QIODevice::WriteOnly) || file.write(generator.article(6000, lead, 4).toUtf8()) <= 0)
                    QFAIL("cannot write a generated article");
                m_files << path;
            }
        } else {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                m_files << dir.filePath(name);
            if (m_files.isEmpty())
                QFAIL(qPrintable(QStringLiteral("no files in SAYWHO_BENCH_DIR %1").arg(folder)));
            qInfo("%lld articles of %s", qlonglong(m_files.size()), qPrintable(folder));
        }
    }

    void shouldTakeAtMostSixTenthsOfTheTimeWithTwoJobs()
    {
        if (QThread::idealThreadCount() < 2)
            QSKIP("one core: nothing to run in parallel");
        // Best of five for each, taken in turn so that both see the same moments of a shared machine.
        double one = 1e9, two = 1e9;
        for (int i = 0; i < 5; ++i) {
            one = std::min(one, secondsFor(1));
            two = std::min(two, secondsFor(2));
        }
        qInfo("%lld files: --jobs 1 %.3f s, --jobs 2 %.3f s, ratio %.2f", qlonglong(m_files.size()), one, two,
              two / one);
        QVERIFY2(two <= kMaxRatio * one, "two jobs take more than 0.6 times as long as one");
    }

private:
    double secondsFor(int jobs)
    {
        QProcess saywho;
        saywho.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        saywho.start(QStringLiteral(SAYWHO_BINARY),
                     QStringList{QStringLiteral("--extract"), QStringLiteral("--jobs"), QString::number(jobs)} + m_files);
        if (!saywho.waitForFinished(600000) || saywho.exitCode() != 0)
            qFatal("saywho --extract --jobs %d failed", jobs);
        return timer.nsecsElapsed() / 1e9;
    }

    QTemporaryDir m_dir;
    QStringList m_files;
};

QTEST_GUILESS_MAIN(BenchJobs)
#include "bench_jobs.moc"
