#pragma once

#include <QStringList>

class QApplication;
class QCoreApplication;

// Start-up of the graphical program: translations, the application icon and the first window.
class SaywhoApp
{
public:
    // Installs Qt's own translations and Saywho's (from :/i18n) for the system locale.
    static void installTranslators(QCoreApplication &app);
    // Shows a window for the files (or the last article, or the sample on the very first start)
    // and runs the event loop.
    static int runWindow(QApplication &app, const QStringList &files);
};
