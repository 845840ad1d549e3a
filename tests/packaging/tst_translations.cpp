// Checks that the German translation is built into the program and follows the system locale: CTest
// runs this test with a German locale in the environment, SaywhoApp::installTranslators then loads
// :/i18n/saywho_de.qm, and the real main window shows its menus in German.
#include "load/articleloader.h"
#include "mainwindow.h"
#include "saywhoapp.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

#include <memory>

namespace {

// Every menu title and menu entry of a window, in menu order; separators have no text.
QStringList menuTexts(QMainWindow &window)
{
    QStringList texts;
    const auto collect = [&texts](const auto &self, const QList<QAction *> &actions) -> void {
        for (QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            texts << action->text();
            if (QMenu *menu = action->menu()) {
                Q_EMIT menu->aboutToShow();   // menus that fill themselves when opened
                self(self, menu->actions());
            }
        }
    };
    collect(collect, window.menuBar()->actions());
    return texts;
}

// The accelerator letter of a menu text ("Ö&ffnen …" -> 'f'), or a null QChar.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Texts of the entries of one menu (or the menu bar) that share an accelerator with another entry.
QStringList acceleratorClashes(const QList<QAction *> &actions)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (QAction *action : actions) {
        const QChar key = accelerator(action->text());
        if (key.isNull() || !action->isVisible())
            continue;
        if (seen.contains(key))
            clashes << seen.value(key) + u" / " + action->text();
        else
            seen.insert(key, action->text());
    }
    return clashes;
}

QAction *menuBarEntry(QMainWindow &window, const QString &title)
{
    const QList<QAction *> actions = window.menuBar()->actions();
    for (QAction *action : actions) {
        if (action->text() == title)
            return action;
    }
    return nullptr;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldRunWithAGermanSystemLocale();
    void shouldEmbedTheGermanCatalogue();
    void shouldShowTheFileMenuInGerman();
    void shouldTranslateEveryMenuEntry();
    void shouldKeepAcceleratorsUniqueInEachMenu();
    void shouldTranslateCoreMessages();
    void shouldStayEnglishForAnUntranslatedLanguage();

private:
    QStringList m_englishMenus;
};

void TranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English texts, for comparison, before any translation is installed.
    QVERIFY(QCoreApplication::translate("MainWindow", "&File") == QLatin1String("&File"));
    {
        MainWindow english;
        m_englishMenus = menuTexts(english);
    }
    QVERIFY2(m_englishMenus.size() >= 3, qPrintable(m_englishMenus.join(u", ")));
    SaywhoApp::installTranslators(*QCoreApplication::instance());
}

void TranslationsTest::shouldRunWithAGermanSystemLocale()
{
    // Given the environment CTest sets (LANGUAGE=de, LC_ALL/LANG=de_DE.UTF-8)
    // Then Qt reports German as the system language, which installTranslators used.
    QCOMPARE(QLocale::system().language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TranslationsTest::shouldEmbedTheGermanCatalogue()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/saywho_de.qm")));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/saywho_de.qm")));
    QVERIFY(!translator.isEmpty());
    QVERIFY2(translator.language().startsWith(u"de"), qPrintable(translator.language()));
}

void TranslationsTest::shouldShowTheFileMenuInGerman()
{
    // When the real main window is built under the German locale
    MainWindow window;

    // Then its File menu is "Datei", with "Öffnen …" in it
    QVERIFY2(!menuBarEntry(window, QStringLiteral("&File")), "the File menu is still in English");
    QAction *file = menuBarEntry(window, QStringLiteral("&Datei"));
    QVERIFY2(file && file->menu(), qPrintable(menuTexts(window).join(u", ")));
    auto *open = window.findChild<QAction *>(QStringLiteral("openAction"));
    QVERIFY(open);
    QVERIFY(file->menu()->actions().contains(open));
    QCOMPARE(open->text(), QStringLiteral("Ö&ffnen …"));
}

void TranslationsTest::shouldTranslateEveryMenuEntry()
{
    MainWindow window;
    const QStringList german = menuTexts(window);

    // Same menus, and no entry left in English.
    QCOMPARE(german.size(), m_englishMenus.size());
    for (int i = 0; i < german.size(); ++i)
        QVERIFY2(german.at(i) != m_englishMenus.at(i),
                 qPrintable(QStringLiteral("menu entry “%1” is not translated").arg(german.at(i))));
}

void TranslationsTest::shouldKeepAcceleratorsUniqueInEachMenu()
{
    // Alt+letter must reach one entry only, in the menu bar and in every menu.
    MainWindow window;
    QStringList clashes = acceleratorClashes(window.menuBar()->actions());
    const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        Q_EMIT menu->aboutToShow();
        clashes += acceleratorClashes(menu->actions());
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
}

void TranslationsTest::shouldTranslateCoreMessages()
{
    // The core library's messages go through the same catalogue.
    const ArticleLoader::Result result =
        ArticleLoader::loadFile(QStringLiteral("/nonexistent/saywho-translation-test.txt"));
    QCOMPARE(result.error, QStringLiteral("Die Datei existiert nicht."));
}

void TranslationsTest::shouldStayEnglishForAnUntranslatedLanguage()
{
    // Given a language Saywho has no translation for
    QTranslator translator;
    const bool loaded = translator.load(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("saywho"),
                                        QStringLiteral("_"), QStringLiteral(":/i18n"));

    // Then no catalogue is found, and the English source texts stay in place.
    QVERIFY(!loaded);
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
