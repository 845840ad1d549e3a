// One Saywho per user: a later start hands its files to the running Saywho, whose window opens them;
// whatever arrives on the socket is checked before anything opens; a socket left behind by a crash is
// replaced; a handover that fails opens the later start's own window; --extract and --new-window never
// use the socket. Every socket lives in a runtime folder made for this test (XDG_RUNTIME_DIR), so the
// test never talks to a Saywho the user is running.
#include "mainwindow.h"
#include "saywhoapp.h"
#include "singleinstance.h"
#include "models/speakermodel.h"

#include <QApplication>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <memory>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using Handover = SingleInstance::Handover;
using Request = SingleInstance::Request;

namespace {

const QByteArray ArticleText = "Council approves the budget\n\n"
                           "\"We will start building in the spring,\" the mayor said on Tuesday.\n";

// Messages written out byte by byte from the protocol description, not with the code under test.
QByteArray header(quint16 version, quint16 type, quint32 bodySize)
{
    QByteArray bytes("SAYW");
    QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
    out << version << type << bodySize;
    return bytes;
}

QByteArray lengthPrefixed(const QByteArray &bytes)
{
    QByteArray out;
    QDataStream(&out, QIODevice::WriteOnly) << quint32(bytes.size());
    return out + bytes;
}

QByteArray count(quint32 n)
{
    QByteArray out;
    QDataStream(&out, QIODevice::WriteOnly) << n;
    return out;
}

QByteArray request(const QByteArray &body, quint16 version = 1, quint16 type = 1)
{
    return header(version, type, quint32(body.size())) + body;
}

QByteArray openBody(const QList<QByteArray> &paths, const QByteArray &token = {})
{
    QByteArray body = count(quint32(paths.size()));
    for (const QByteArray &path : paths)
        body += lengthPrefixed(path);
    return body + lengthPrefixed(token);
}

QByteArray reply(quint8 status, quint16 version = 1)
{
    return header(version, 2, 1) + char(status);
}

QList<MainWindow *> mainWindows()
{
    QList<MainWindow *> windows;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            windows.append(window);
    }
    return windows;
}

bool waitUntilLoaded(MainWindow *window)
{
    if (!window->isLoading())
        return true;
    QSignalSpy finished(window, &MainWindow::loadFinished);
    return finished.wait(60000) && finished.constFirst().constFirst().toBool();
}

// True when the server has a connection, taken or still waiting to be taken.
bool anyConnection(QLocalServer &server)
{
    QCoreApplication::processEvents();
    return server.hasPendingConnections() || server.waitForNewConnection(0);
}

// A stand-in for a running Saywho: takes connections, keeps what they send, and answers a complete
// request with fixed bytes (or closes, or stays silent).
class FakeSaywho : public QObject
{
public:
    enum class Answer { Bytes, Close, Silence };

    FakeSaywho(const QString &name, int requestSize, Answer answer, const QByteArray &bytes = {})
    {
        m_server.listen(name);
        connect(&m_server, &QLocalServer::newConnection, this, [this, requestSize, answer, bytes] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QLocalSocket::readyRead, this, [this, socket, requestSize, answer, bytes] {
                    received += socket->readAll();
                    if (received.size() < requestSize)
                        return;
                    if (answer == Answer::Bytes)
                        socket->write(bytes);
                    if (answer != Answer::Silence)
                        socket->disconnectFromServer();
                });
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }

    int connections = 0;
    QByteArray received;

private:
    QLocalServer m_server;
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldUseAPerUserSocketInTheRuntimeFolder();
    void shouldOpenALaterStartsFileInTheRunningWindow();
    void shouldOpenFurtherFilesInNewWindows();
    void shouldOpenInTheWindowUsedLastAndBringItToTheFront();
    void shouldRefuseWhenNoWindowIsOpen();
    void shouldIgnoreMalformedMessages_data();
    void shouldIgnoreMalformedMessages();
    void shouldDropAConnectionThatStopsHalfWay_data();
    void shouldDropAConnectionThatStopsHalfWay();
    void shouldCarryRequestsUpToTheLimitsAndNoFurther();
    void shouldReplaceAStaleSocket();
    void shouldReplaceTheSocketOfACrashedSaywho();
    void shouldNotTakeTheNameFromARunningSaywho();
    void shouldOpenItsOwnWindowWithoutARunningSaywho();
    void shouldOpenItsOwnWindowWhenTheHandoverFails_data();
    void shouldOpenItsOwnWindowWhenTheHandoverFails();
    void shouldNeverUseTheSocketForExtract();
    void shouldNeverUseTheSocketWithNewWindow();

private:
    QString writeArticle(const QString &name);
    // Starts the real program as a file manager would, confined to the test's folders.
    QProcess *startSaywho(const QStringList &arguments, const QString &workingDirectory = {});
    // The article a child saywho opened in its own window, from its settings.
    QString childLastArticle() const;
    // Hands a request over from another thread while this one serves the socket.
    Handover handOverFromThread(const Request &request);

    std::unique_ptr<QTemporaryDir> m_runtime;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<QTemporaryDir> m_config;
    QString m_name;
    QList<QProcess *> m_children;
};

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_runtime = std::make_unique<QTemporaryDir>(); // private to this user, as a runtime folder must be
    QVERIFY(m_runtime->isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
    qunsetenv("XDG_ACTIVATION_TOKEN");
    m_name = SingleInstance::defaultServerName();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

void TestSingleInstance::init()
{
    QSettings().clear();
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    QVERIFY(!QFileInfo::exists(m_name));
}

void TestSingleInstance::cleanup()
{
    for (QProcess *child : std::as_const(m_children)) {
        if (child->state() != QProcess::NotRunning) {
            child->kill();
            child->waitForFinished(10000);
        }
        delete child;
    }
    m_children.clear();
    qDeleteAll(mainWindows());
    QLocalServer::removeServer(m_name); // left by a child that was killed
}

QString TestSingleInstance::writeArticle(const QString &name)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ArticleText) != ArticleText.size())
        return {};
    return path;
}

QProcess *TestSingleInstance::startSaywho(const QStringList &arguments, const QString &workingDirectory)
{
    auto *child = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    env.remove(QStringLiteral("XDG_ACTIVATION_TOKEN"));
    child->setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        child->setWorkingDirectory(workingDirectory);
    child->start(QStringLiteral(SAYWHO_BINARY), arguments);
    m_children.append(child);
    return child;
}

QString TestSingleInstance::childLastArticle() const
{
    QFile file(m_config->filePath(QStringLiteral("Saywho/saywho.conf")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("lastArticle="))
            return QString::fromUtf8(line.mid(int(qstrlen("lastArticle="))));
    }
    return {};
}

Handover TestSingleInstance::handOverFromThread(const Request &request)
{
    const QString name = m_name;
    QFuture<Handover> future = QtConcurrent::run([name, request] { return SingleInstance::handOver(name, request); });
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000))
        return Handover::Failed;
    return future.result();
}

void TestSingleInstance::shouldUseAPerUserSocketInTheRuntimeFolder()
{
    QCOMPARE(QFileInfo(m_name).absolutePath(), QFileInfo(m_runtime->path()).absoluteFilePath());
    QCOMPARE(QFileInfo(m_name).fileName(), QStringLiteral("saywho-%1.socket").arg(::geteuid()));

    // Only this user may connect to it.
    SingleInstance instance(m_name);
    QVERIFY(instance.listen());
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(m_name).permissions() & others, QFile::Permissions());
}

void TestSingleInstance::shouldOpenALaterStartsFileInTheRunningWindow()
{
    // Given a running Saywho showing one article
    const QString first = writeArticle(QStringLiteral("first.txt"));
    const QString second = writeArticle(QStringLiteral("second.txt"));
    SingleInstance instance(m_name);
    QVERIFY(SaywhoApp::start({first}, &instance));
    QVERIFY(instance.isListening());
    QCOMPARE(mainWindows().size(), 1);
    MainWindow *window = mainWindows().constFirst();
    QVERIFY(waitUntilLoaded(window));
    QCOMPARE(window->currentFile(), first);

    // When the file manager starts saywho with another file, given relative to its own folder
    QSignalSpy shown(window, &MainWindow::articleShown);
    QProcess *child = startSaywho({QStringLiteral("second.txt")}, m_files->path());
    QTRY_COMPARE_WITH_TIMEOUT(child->state(), QProcess::NotRunning, 30000);

    // Then that start hands the file over and exits successfully, without a window of its own
    QCOMPARE(child->exitStatus(), QProcess::NormalExit);
    QCOMPARE(child->exitCode(), 0);
    QCOMPARE(childLastArticle(), QString());

    // And the running window shows the file
    QTRY_COMPARE_WITH_TIMEOUT(window->currentFile(), second, 30000);
    QVERIFY(waitUntilLoaded(window));
    QVERIFY(!shown.isEmpty());
    QVERIFY(window->speakerModel()->article().text().contains(QStringLiteral("start building")));
    QCOMPARE(mainWindows(), QList<MainWindow *>{window});
}

void TestSingleInstance::shouldOpenFurtherFilesInNewWindows()
{
    const QString first = writeArticle(QStringLiteral("first.txt"));
    const QString second = writeArticle(QStringLiteral("second.txt"));
    const QString third = writeArticle(QStringLiteral("third.txt"));
    SingleInstance instance(m_name);
    QVERIFY(SaywhoApp::start({first}, &instance));
    MainWindow *window = mainWindows().constFirst();
    QVERIFY(waitUntilLoaded(window));

    QCOMPARE(handOverFromThread({{second, third}, {}}), Handover::Delivered);

    // The first file in the running window, the next in a window of its own, as at start-up.
    QTRY_COMPARE(window->currentFile(), second);
    const QList<MainWindow *> windows = mainWindows();
    QCOMPARE(windows.size(), 2);
    MainWindow *other = windows.at(windows.at(0) == window ? 1 : 0);
    QTRY_COMPARE(other->currentFile(), third);
}

void TestSingleInstance::shouldOpenInTheWindowUsedLastAndBringItToTheFront()
{
    // Given two windows of a running Saywho
    const QString one = writeArticle(QStringLiteral("one.txt"));
    const QString two = writeArticle(QStringLiteral("two.txt"));
    SingleInstance instance(m_name);
    QVERIFY(SaywhoApp::start({one, two}, &instance));
    const QList<MainWindow *> windows = mainWindows();
    QCOMPARE(windows.size(), 2);
    for (MainWindow *window : windows)
        QVERIFY(waitUntilLoaded(window));
    QWidget elsewhere; // another application's window, as far as Saywho's windows can tell
    elsewhere.show();

    for (MainWindow *target : windows) {
        MainWindow *other = windows.at(windows.at(0) == target ? 1 : 0);
        const QString kept = other->currentFile();
        const QString file = writeArticle(QFileInfo(target->currentFile()).baseName() + u"-next.txt");

        // When the user worked in one of them, then went elsewhere, and minimized it
        target->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), target);
        elsewhere.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &elsewhere);
        target->showMinimized();
        QVERIFY(target->isMinimized());

        // Then a later start's file opens in that window, which comes back to the front
        QCOMPARE(handOverFromThread({{file}, {}}), Handover::Delivered);
        QTRY_COMPARE(target->currentFile(), file);
        QVERIFY(waitUntilLoaded(target));
        QVERIFY(!target->isMinimized());
        QTRY_COMPARE(QApplication::activeWindow(), target);
        // And the other window keeps its article.
        QCOMPARE(other->currentFile(), kept);
        QCOMPARE(mainWindows().size(), 2);
    }
}

void TestSingleInstance::shouldRefuseWhenNoWindowIsOpen()
{
    // A Saywho whose last window is closing cannot take files: the later start opens its own.
    const QString file = writeArticle(QStringLiteral("orphan.txt"));
    SingleInstance instance(m_name);
    instance.setHandler(&SaywhoApp::openRequest);
    QVERIFY(instance.listen());
    QVERIFY(mainWindows().isEmpty());

    QCOMPARE(handOverFromThread({{file}, {}}), Handover::Refused);
    QVERIFY(mainWindows().isEmpty());
}

void TestSingleInstance::shouldIgnoreMalformedMessages_data()
{
    QTest::addColumn<QByteArray>("message");

    const QByteArray good = m_files->filePath(QStringLiteral("good.txt")).toUtf8();
    QTest::newRow("not a Saywho message") << QByteArray("GET / HTTP/1.0\r\n\r\n");
    QTest::newRow("newer protocol version") << request(openBody({good}), 2);
    QTest::newRow("reply instead of request") << request(openBody({good}), 1, 2);
    QTest::newRow("unknown message type") << request(openBody({good}), 1, 7);
    QTest::newRow("declared longer than allowed") << header(1, 1, 0xffffffffu);
    QTest::newRow("no files") << request(openBody({}));
    QTest::newRow("more files than allowed") << request(count(257) + lengthPrefixed(good));
    QTest::newRow("fewer files than counted") << request(count(2) + lengthPrefixed(good) + lengthPrefixed({}));
    QTest::newRow("path longer than the message") << request(count(1) + count(4000) + good);
    QTest::newRow("path longer than allowed") << request(openBody({'/' + QByteArray(16 * 1024, 'a')}));
    QTest::newRow("relative path") << request(openBody({"notes/good.txt"}));
    QTest::newRow("empty path") << request(openBody({QByteArray()}));
    QTest::newRow("invalid UTF-8") << request(openBody({"/tmp/\xff\xfe.txt"}));
    QTest::newRow("overlong UTF-8 slash") << request(openBody({"\xc0\xaftmp/good.txt"}));
    QTest::newRow("NUL in path") << request(openBody({QByteArray("/tmp/a\0b.txt", 12)}));
    QTest::newRow("token with a space") << request(openBody({good}, "a b"));
    QTest::newRow("token with a newline") << request(openBody({good}, "abc\nDISPLAY=:1"));
    QTest::newRow("no token field") << request(count(1) + lengthPrefixed(good));
    QTest::newRow("bytes after the request") << request(openBody({good})) + "x";
    QTest::newRow("body longer than declared") << header(1, 1, 4) + openBody({good});
}

void TestSingleInstance::shouldIgnoreMalformedMessages()
{
    QFETCH(QByteArray, message);

    // Given a running Saywho
    QList<Request> handled;
    SingleInstance instance(m_name);
    instance.setHandler([&handled](const Request &r) {
        handled.append(r);
        return true;
    });
    QVERIFY(instance.listen());
    QSignalSpy rejected(&instance, &SingleInstance::messageRejected);

    // When a connection sends a malformed message
    QLocalSocket socket;
    socket.connectToServer(m_name);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(message);

    // Then it is closed without an answer, and nothing is opened
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(socket.readAll().isEmpty());
    QVERIFY(handled.isEmpty());

    // And the next well-formed request is served.
    const QString good = m_files->filePath(QStringLiteral("good.txt"));
    QCOMPARE(handOverFromThread({{good}, QStringLiteral("token-1.2_3")}), Handover::Delivered);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.constFirst().files, QStringList{good});
    QCOMPARE(handled.constFirst().activationToken, QStringLiteral("token-1.2_3"));
}

void TestSingleInstance::shouldDropAConnectionThatStopsHalfWay_data()
{
    QTest::addColumn<bool>("hangUp");
    QTest::newRow("stays connected") << false;
    QTest::newRow("hangs up") << true;
}

void TestSingleInstance::shouldDropAConnectionThatStopsHalfWay()
{
    QFETCH(bool, hangUp);

    bool called = false;
    SingleInstance instance(m_name);
    instance.setReadTimeout(300);
    instance.setHandler([&called](const Request &) { return called = true; });
    QVERIFY(instance.listen());
    QSignalSpy rejected(&instance, &SingleInstance::messageRejected);

    // Half a request: the header and part of the body it announces.
    const QByteArray whole = request(openBody({m_files->filePath(QStringLiteral("good.txt")).toUtf8()}));
    QLocalSocket socket;
    socket.connectToServer(m_name);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(whole.left(whole.size() - 5));
    QVERIFY(socket.waitForBytesWritten(5000));
    if (hangUp)
        socket.disconnectFromServer();

    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 10000);
    QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
    QVERIFY(!called);
}

void TestSingleInstance::shouldCarryRequestsUpToTheLimitsAndNoFurther()
{
    QList<Request> handled;
    SingleInstance instance(m_name);
    instance.setHandler([&handled](const Request &r) {
        handled.append(r);
        return true;
    });
    QVERIFY(instance.listen());

    // At the limits: the most files, the longest path, the longest token, names in any script.
    QStringList files;
    for (int i = 0; i < SingleInstance::MaxFiles - 2; ++i)
        files.append(m_files->filePath(QStringLiteral("article %1.txt").arg(i)));
    files.append(QStringLiteral("/Zeitung/Übersicht — 新闻/\"quoted\"\nline.html"));
    files.append(u'/' + QString(SingleInstance::MaxPathBytes - 1, u'a'));
    const Request largest{files, QString(SingleInstance::MaxTokenBytes, u'x')};
    QVERIFY(!SingleInstance::encodeRequest(largest).isEmpty());
    QCOMPARE(handOverFromThread(largest), Handover::Delivered);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.constFirst().files, files);
    QCOMPARE(handled.constFirst().activationToken, largest.activationToken);

    // Beyond them nothing is sent: the start opens its own windows instead.
    const QString good = m_files->filePath(QStringLiteral("good.txt"));
    const QList<Request> beyond = {
        {{}, {}},
        {files + QStringList{good}, {}},
        {{u'/' + QString(SingleInstance::MaxPathBytes, u'a')}, {}},
        {{QStringLiteral("relative.txt")}, {}},
        {{good}, QString(SingleInstance::MaxTokenBytes + 1, u'x')},
        {{good}, QStringLiteral("tö ken")},
        {QStringList(100, u'/' + QString(SingleInstance::MaxPathBytes - 1, u'a')), {}}, // over the whole size
    };
    for (const Request &r : beyond) {
        QVERIFY(SingleInstance::encodeRequest(r).isEmpty());
        QCOMPARE(handOverFromThread(r), Handover::Failed);
    }
    QCOMPARE(handled.size(), 1);
}

void TestSingleInstance::shouldReplaceAStaleSocket()
{
    // Given the socket file of a Saywho that crashed: bound once, never listened on, never removed
    const QByteArray path = QFile::encodeName(m_name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof address.sun_path);
    std::copy(path.cbegin(), path.cend(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(m_name));

    // Then a later start finds no Saywho there
    const QString file = m_files->filePath(QStringLiteral("good.txt"));
    QCOMPARE(SingleInstance::handOver(m_name, {{file}, {}}), Handover::NoInstance);

    // And takes the name over, and is reached under it.
    QStringList received;
    SingleInstance instance(m_name);
    instance.setHandler([&received](const Request &r) {
        received = r.files;
        return true;
    });
    QVERIFY(instance.listen());
    QCOMPARE(handOverFromThread({{file}, {}}), Handover::Delivered);
    QCOMPARE(received, QStringList{file});
}

void TestSingleInstance::shouldReplaceTheSocketOfACrashedSaywho()
{
    // Given a real Saywho that listened and was killed
    const QString file = writeArticle(QStringLiteral("crash.txt"));
    QProcess *child = startSaywho({file});
    QTRY_COMPARE_WITH_TIMEOUT(childLastArticle(), file, 30000);
    QVERIFY(QFileInfo::exists(m_name));
    child->kill();
    QVERIFY(child->waitForFinished(10000));
    QVERIFY(QFileInfo::exists(m_name));

    // Then the next start listens under the name and is reached there.
    bool called = false;
    SingleInstance instance(m_name);
    instance.setHandler([&called](const Request &) { return called = true; });
    QVERIFY(instance.listen());
    QCOMPARE(handOverFromThread({{file}, {}}), Handover::Delivered);
    QVERIFY(called);
}

void TestSingleInstance::shouldNotTakeTheNameFromARunningSaywho()
{
    int first = 0;
    int second = 0;
    SingleInstance running(m_name);
    running.setHandler([&first](const Request &) { return ++first; });
    QVERIFY(running.listen());

    SingleInstance later(m_name);
    later.setHandler([&second](const Request &) { return ++second; });
    QVERIFY(!later.listen());
    QVERIFY(!later.isListening());

    QCOMPARE(handOverFromThread({{m_files->filePath(QStringLiteral("good.txt"))}, {}}), Handover::Delivered);
    QCOMPARE(first, 1);
    QCOMPARE(second, 0);
}

void TestSingleInstance::shouldOpenItsOwnWindowWithoutARunningSaywho()
{
    // Given no running Saywho, a start with a file opens it in its own window and listens
    const QString file = writeArticle(QStringLiteral("alone.txt"));
    const QString next = writeArticle(QStringLiteral("next.txt"));
    QProcess *child = startSaywho({file});
    QTRY_COMPARE_WITH_TIMEOUT(childLastArticle(), file, 30000);
    QCOMPARE(child->state(), QProcess::Running);
    QTRY_VERIFY(QFileInfo::exists(m_name));

    // So the next start's file goes to its window.
    QCOMPARE(SingleInstance::handOver(m_name, {{next}, {}}), Handover::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(childLastArticle(), next, 30000);
}

void TestSingleInstance::shouldOpenItsOwnWindowWhenTheHandoverFails_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QByteArray>("bytes");

    const int bytes = int(FakeSaywho::Answer::Bytes);
    QTest::newRow("refused") << bytes << reply(1);
    QTest::newRow("closed without an answer") << int(FakeSaywho::Answer::Close) << QByteArray();
    QTest::newRow("not a Saywho answer") << bytes << QByteArray("HTTP/1.1 200 OK\r\n\r\n");
    QTest::newRow("answer of another version") << bytes << reply(0, 2);
    QTest::newRow("unknown status") << bytes << reply(9);
    QTest::newRow("no answer in time") << int(FakeSaywho::Answer::Silence) << QByteArray();
}

void TestSingleInstance::shouldOpenItsOwnWindowWhenTheHandoverFails()
{
    QFETCH(int, answer);
    QFETCH(QByteArray, bytes);

    // Given something listening under the name that does not take the file
    const QString file = writeArticle(QStringLiteral("mine.txt"));
    const QByteArray expected = request(openBody({file.toUtf8()}));
    FakeSaywho fake(m_name, int(expected.size()), FakeSaywho::Answer(answer), bytes);
    QVERIFY(fake.isListening());

    // When saywho starts with the file
    QProcess *child = startSaywho({file});

    // Then it sent the request, and still opens the file in a window of its own.
    QTRY_COMPARE_WITH_TIMEOUT(childLastArticle(), file, 30000);
    QCOMPARE(child->state(), QProcess::Running);
    QVERIFY(fake.connections >= 1);
    QCOMPARE(fake.received.left(expected.size()), expected);
}

void TestSingleInstance::shouldNeverUseTheSocketForExtract()
{
    QLocalServer running;
    QVERIFY(running.listen(m_name));
    const QString file = writeArticle(QStringLiteral("extract.txt"));

    QProcess *child = startSaywho({QStringLiteral("--extract"), file});
    QVERIFY(child->waitForFinished(60000));
    QCOMPARE(child->exitCode(), 0);
    QVERIFY(child->readAllStandardOutput().contains("\"speakers\""));
    QVERIFY(!anyConnection(running));
}

void TestSingleInstance::shouldNeverUseTheSocketWithNewWindow()
{
    // With a Saywho running, --new-window opens the file in a window of its own without asking it
    const QString file = writeArticle(QStringLiteral("separate.txt"));
    {
        QLocalServer running;
        QVERIFY(running.listen(m_name));
        QProcess *child = startSaywho({QStringLiteral("--new-window"), file});
        QTRY_COMPARE_WITH_TIMEOUT(childLastArticle(), file, 30000);
        QCOMPARE(child->state(), QProcess::Running);
        QVERIFY(!anyConnection(running));
        child->kill();
        QVERIFY(child->waitForFinished(10000));
    }

    // and, with none running, it does not listen for later starts either.
    QVERIFY(!QFileInfo::exists(m_name));
    const QString other = writeArticle(QStringLiteral("separate-too.txt"));
    QProcess *child = startSaywho({QStringLiteral("--new-window"), other});
    QTRY_COMPARE_WITH_TIMEOUT(childLastArticle(), other, 30000);
    QCOMPARE(child->state(), QProcess::Running);
    QVERIFY(!QFileInfo::exists(m_name));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
