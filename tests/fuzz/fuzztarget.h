#pragma once

#include "fuzzdriver.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

// What every libFuzzer target does: one QGuiApplication on the offscreen platform, as the reading
// pane has one (the Markdown importer then finds real fonts), Qt's chatter about odd input dropped
// so it does not slow the runs down, and every input handed to FuzzDriver. A broken promise aborts,
// which libFuzzer reports as a crash and saves the input.
namespace SaywhoFuzz {

inline void dropChatter(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

inline int initialize(int *argc, char ***argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    qInstallMessageHandler(dropChatter);
    // libFuzzer keeps argc and argv alive for the whole run, as QGuiApplication requires.
    static QGuiApplication app(*argc, *argv);
    return 0;
}

inline int runOne(FuzzDriver::Target target, const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = FuzzDriver::run(target, input);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "saywho fuzz %s: %s\n", qPrintable(FuzzDriver::name(target)), qPrintable(broken));
        std::abort();
    }
    return 0;
}

} // namespace SaywhoFuzz

// Defines the libFuzzer entry points of a target.
#define SAYWHO_FUZZ_TARGET(target)                                                                 \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        return SaywhoFuzz::initialize(argc, argv);                                                 \
    }                                                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                        \
    {                                                                                              \
        return SaywhoFuzz::runOne(target, data, size);                                             \
    }
