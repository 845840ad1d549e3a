// The reader stays responsive on a 20 MB article: zooming in and out, switching the readable width
// and switching between a light and a dark palette each measure the longest time the GUI thread
// did not get back to its event loop, while the change is made and for a few seconds after (when
// the layout catches up). Every stall must stay under StallLimitMs.
#include "articleview.h"
#include "mainwindow.h"
#include "newsgenerator.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPalette>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include <time.h>

namespace {

constexpr qint64 StallLimitMs = 100;
constexpr int SettleMs = 4000;

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// CPU time of the calling thread, in milliseconds.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

struct Stall
{
    qint64 wallMs = 0;  // the longest gap between two ticks
    double cpuMs = 0;   // the most CPU time the GUI thread spent between two ticks
};

// The longest gap between two ticks of a 1 ms timer while `change` runs and the event loop
// settles. On a busy machine a gap is partly waiting for a core; the CPU time tells the two apart.
Stall longestStall(const std::function<void()> &change)
{
    QElapsedTimer clock;
    qint64 last = 0;
    double lastCpu = threadCpuMs();
    Stall longest;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        const double cpu = threadCpuMs();
        longest.wallMs = std::max(longest.wallMs, now - last);
        longest.cpuMs = std::max(longest.cpuMs, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    clock.start();
    tick.start();
    // Posted, so that the time the change itself takes counts as a stall too.
    QTimer::singleShot(0, &tick, change);
    while (clock.elapsed() < SettleMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    tick.stop();
    longest.wallMs = std::max(longest.wallMs, clock.elapsed() - last);
    return longest;
}

} // namespace

class BenchReadingStall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldStayResponsive_data();
    void shouldStayResponsive();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_worst = 0;
    double m_worstCpu = 0;
};

void BenchReadingStall::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    NewsGenerator generator;
    const QString lead = generator.name();
    m_path = m_dir.filePath(QStringLiteral("long-article.txt"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(generator.article(qint64(20) * 1024 * 1024, lead, 2000).toUtf8());
    file.close();
    qInfo("article: %lld bytes", qint64(QFileInfo(m_path).size()));

    // No library: storing 100,000 quotes in the background would only compete for the cores.
    MainWindow::setLibraryPath(m_dir.filePath(QStringLiteral("no-such-folder/library.sqlite")));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // With its speakers, as a reader has it; the search for them is over before the measures.
    QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
    m_window->openFile(m_path);
    QVERIFY(loaded.wait(600000));
    // Start in the middle of the article, where a reader of a long text would be.
    ArticleView *view = m_window->articleView();
    view->scrollToTop(view->document()->characterCount() / 2);
    longestStall([] {});
}

void BenchReadingStall::shouldStayResponsive_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("zooming in by one step") << QStringLiteral("zoomInAction");
    QTest::newRow("zooming in again") << QStringLiteral("zoomInAction");
    QTest::newRow("zooming out") << QStringLiteral("zoomOutAction");
    QTest::newRow("back to normal size") << QStringLiteral("zoomResetAction");
    QTest::newRow("turning the readable width off") << QStringLiteral("readableWidthAction");
    QTest::newRow("turning the readable width on") << QStringLiteral("readableWidthAction");
    QTest::newRow("switching to a dark palette") << QStringLiteral("dark");
    QTest::newRow("switching back to the light palette") << QStringLiteral("light");
    QTest::newRow("resizing the window") << QStringLiteral("resize");
}

void BenchReadingStall::shouldStayResponsive()
{
    QFETCH(QString, action);
    // Given the 20 MB article on screen
    MainWindow *window = m_window.get();
    std::function<void()> change;
    if (action == u"dark") {
        change = [] { QApplication::setPalette(darkPalette()); };
    } else if (action == u"light") {
        change = [] { QApplication::setPalette(QPalette()); };
    } else if (action == u"resize") {
        change = [window] { window->resize(window->width() - 200, window->height()); };
    } else {
        auto *act = window->findChild<QAction *>(action);
        QVERIFY2(act, qPrintable(action));
        change = [act] { act->trigger(); };
    }
    // When the change is made
    const Stall stall = longestStall(change);
    m_worst = std::max(m_worst, stall.wallMs);
    m_worstCpu = std::max(m_worstCpu, stall.cpuMs);
    qInfo("longest stall: %lld ms (at most %.0f ms of GUI thread CPU between two ticks)", stall.wallMs, stall.cpuMs);
    // Then the window never stopped answering for longer than the limit
    QVERIFY2(stall.wallMs < StallLimitMs, qPrintable(QStringLiteral("%1 ms").arg(stall.wallMs)));
    // And the page is still readable: the view paints
    window->articleView()->viewport()->repaint();
}

void BenchReadingStall::cleanupTestCase()
{
    qInfo("longest stall of all: %lld ms (limit %lld ms); GUI thread CPU between two ticks at most %.0f ms",
          m_worst, StallLimitMs, m_worstCpu);
    m_window.reset();
}

QTEST_MAIN(BenchReadingStall)
#include "bench_readingstall.moc"
