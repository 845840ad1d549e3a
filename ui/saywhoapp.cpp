#include "saywhoapp.h"

#include "mainwindow.h"
#include "settings/settingsfile.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <QWindow>

#include <memory>

namespace {

// The main window the user worked in last: files from later starts open there.
QPointer<MainWindow> lastActiveWindow;

// The main window a widget belongs to, through the dialogs it may be in.
MainWindow *mainWindowOf(QWidget *widget)
{
    for (QWidget *w = widget ? widget->window() : nullptr; w;
         w = w->parentWidget() ? w->parentWidget()->window() : nullptr) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            return window;
    }
    return nullptr;
}

MainWindow *windowForRequest()
{
    if (MainWindow *active = mainWindowOf(QApplication::activeWindow()))
        return active;
    if (lastActiveWindow && lastActiveWindow->isVisible())
        return lastActiveWindow;
    // None was active yet (the user has not clicked into Saywho since it started): any window.
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->isVisible())
            return window;
    }
    return nullptr;
}

MainWindow *newWindow()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace

void SaywhoApp::installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("saywho"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

int SaywhoApp::runWindow(QApplication &app, const QStringList &files, Instance instance)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Saywho"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.saywho.Saywho"), QIcon(QStringLiteral(":/icons/saywho.svg"))));
    QApplication::setDesktopFileName(QStringLiteral("io.github.saywho.Saywho"));

    // Before anything reads the settings: a file QSettings cannot read is moved aside, and the window
    // says so, rather than the settings being lost on the next write.
    const QString settingsWarning = SettingsFile::ensureUsable();

    std::unique_ptr<SingleInstance> shared;
    if (instance == Instance::Shared)
        shared = std::make_unique<SingleInstance>(SingleInstance::defaultServerName());
    if (!start(files, shared.get()))
        return 0;
    if (MainWindow *window = windowForRequest(); window && !settingsWarning.isEmpty())
        window->showSettingsWarning(settingsWarning);
    return app.exec();
}

bool SaywhoApp::start(const QStringList &files, SingleInstance *instance)
{
    if (instance) {
        SingleInstance::Request request;
        for (const QString &file : files)
            request.files.append(QFileInfo(file).absoluteFilePath()); // the running Saywho has another working folder
        request.activationToken = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
        auto handover = SingleInstance::Handover::NoInstance;
        if (!files.isEmpty()) {
            handover = SingleInstance::handOver(instance->serverName(), request);
            if (handover == SingleInstance::Handover::Delivered)
                return false;
        }
        // Whatever went wrong, the files open here: a failed handover never loses them.
        instance->setHandler(&SaywhoApp::openRequest);
        QObject::connect(qApp, &QGuiApplication::focusWindowChanged, instance, [](QWindow *focus) {
            const QWidgetList widgets = QApplication::topLevelWidgets();
            for (QWidget *widget : widgets) {
                if (focus && widget->windowHandle() == focus) {
                    if (MainWindow *window = mainWindowOf(widget))
                        lastActiveWindow = window;
                    return;
                }
            }
        });
        // Started at the same moment as another Saywho that now listens: that one takes the files.
        if (!instance->listen() && handover == SingleInstance::Handover::NoInstance && !files.isEmpty()
            && SingleInstance::handOver(instance->serverName(), request) == SingleInstance::Handover::Delivered)
            return false;
    }

    if (files.isEmpty())
        newWindow()->openStartupArticle();
    // One window per file, as a file manager opening several articles expects.
    for (const QString &file : files)
        newWindow()->openFile(file);
    return true;
}

bool SaywhoApp::openRequest(const SingleInstance::Request &request)
{
    MainWindow *window = windowForRequest();
    if (!window || request.files.isEmpty())
        return false;
    window->openFile(request.files.constFirst());
    for (qsizetype i = 1; i < request.files.size(); ++i)
        newWindow()->openFile(request.files.at(i));

    // Wayland compositors let a window take the focus only with a token from the start that asked for
    // it; recent versions of Qt's Wayland plugin take it from the environment when they activate.
    if (!request.activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", request.activationToken.toLatin1());
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    return true;
}
