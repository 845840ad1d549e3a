// The reader with a 20 MB article: how long until it is readable with its speakers listed (and
// each step on the way), and how long highlighting a speaker with 2,000 quotes takes.
#include "articledocument.h"
#include "load/articleloader.h"
#include "articleview.h"
#include "extract/extractor.h"
#include "mainwindow.h"
#include "newsgenerator.h"
#include "models/speakermodel.h"
#include "speakerpanel.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <memory>

class BenchReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadFile();
    void extract();
    void buildDocument();
    void fillModel();
    void openUntilReadable();
    void openInWindow();
    void selectSpeakerWith2000Quotes();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_lead;
    ArticleLoader::Result m_loaded;
    Extraction m_extraction;
    std::unique_ptr<MainWindow> m_window;
};

void BenchReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    NewsGenerator generator;
    m_lead = generator.name();
    const QString text = generator.article(qint64(20) * 1024 * 1024, m_lead, 2000);
    m_path = m_dir.filePath(QStringLiteral("long-article.txt"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    qInfo("article: %lld bytes", qint64(QFileInfo(m_path).size()));
}

void BenchReader::loadFile()
{
    QBENCHMARK_ONCE {
        m_loaded = ArticleLoader::loadFile(m_path);
    }
    QVERIFY2(m_loaded.ok(), qPrintable(m_loaded.error));
}

void BenchReader::extract()
{
    const Extractor extractor;
    QBENCHMARK_ONCE {
        m_extraction = extractor.extract(m_loaded.article);
    }
    QVERIFY(!m_extraction.quotes.isEmpty());
    qInfo("%lld quotes, %lld speakers", qint64(m_extraction.quotes.size()), qint64(m_extraction.speakers.size()));
}

void BenchReader::buildDocument()
{
    std::unique_ptr<QTextDocument> doc;
    QBENCHMARK_ONCE {
        doc.reset(ArticleDocument::build(m_loaded.article, ArticleView::readingFont()));
    }
    QCOMPARE(doc->blockCount(), m_loaded.article.blocks().size());
}

void BenchReader::fillModel()
{
    SpeakerModel model;
    QBENCHMARK {
        model.setArticle(m_loaded.article, m_extraction);
    }
    QVERIFY(model.rowCount() > 0);
}

void BenchReader::openUntilReadable()
{
    // From File › Open to the text on screen (load and document on the worker, view and first paint
    // on the GUI thread); the search for quotes that follows is cancelled.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    QBENCHMARK {
        QSignalSpy shown(&window, &MainWindow::articleShown);
        window.openFile(m_path);
        QVERIFY(shown.wait(600000));
        view->viewport()->repaint();
        window.cancelLoad();
    }
    QCOMPARE(window.currentFile(), m_path);
}

void BenchReader::openInWindow()
{
    // From File › Open to the first screenful painted and the speakers listed: load, extract and
    // document on the worker, then model, view and paint on the GUI thread.
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *view = m_window->findChild<ArticleView *>(QStringLiteral("articleView"));
    QBENCHMARK_ONCE {
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openFile(m_path);
        QVERIFY(loaded.wait(600000));
        view->viewport()->repaint();
    }
    QVERIFY(m_window->speakerModel()->rowCount() > 0);
}

void BenchReader::selectSpeakerWith2000Quotes()
{
    QVERIFY(m_window);
    SpeakerModel *model = m_window->speakerModel();
    const QModelIndex lead = model->findSpeakerByName(m_lead);
    QVERIFY2(lead.isValid(), qPrintable(m_lead));
    QVERIFY2(model->rowCount(lead) >= 2000, qPrintable(QString::number(model->rowCount(lead))));
    auto *view = m_window->findChild<ArticleView *>(QStringLiteral("articleView"));
    SpeakerPanel *panel = m_window->speakerPanel();

    // Selecting the speaker: highlights set, the first quote scrolled to, the pane repainted.
    QBENCHMARK {
        panel->selectSource(lead);
        view->viewport()->repaint();
        panel->selectSource(QModelIndex());
    }
    panel->selectSource(lead);
    QCOMPARE(view->highlights().size(), model->rowCount(lead));
}

QTEST_MAIN(BenchReader)
#include "bench_reader.moc"
