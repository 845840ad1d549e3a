#pragma once

#include "singleinstance.h"

#include <QStringList>

class QApplication;
class QCoreApplication;

// Start-up of the graphical program: translations, the application icon and the first windows, and
// the single-instance behaviour: a start with files hands them to the Saywho already running (through
// SingleInstance) and exits, and the running Saywho opens what later starts send it.
class SaywhoApp
{
public:
    // Shared: files go to a Saywho already running, and this one takes the files of later starts.
    // Separate (--new-window): windows of its own that neither hand files over nor take any.
    enum class Instance { Shared, Separate };

    // Installs Qt's own translations and Saywho's (from :/i18n) for the system locale.
    static void installTranslators(QCoreApplication &app);
    // Shows a window for the files (or the last article, or the sample on the very first start)
    // and runs the event loop; returns 0 at once when a running Saywho took the files.
    static int runWindow(QApplication &app, const QStringList &files, Instance instance = Instance::Shared);

    // runWindow without the event loop. With an instance, files go to the Saywho listening on its
    // name if there is one (false: nothing is left to do here); otherwise the windows open and the
    // instance listens for later starts. Without an instance the windows open on their own.
    static bool start(const QStringList &files, SingleInstance *instance);

    // What the running Saywho does with a later start's files: the first opens in the window used
    // last, which comes to the front, each further one in a new window, as at start-up. False when
    // there is no window to take them (the program is closing).
    static bool openRequest(const SingleInstance::Request &request);
};
