#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Subscriptions;

// OPML 1.0/2.0 subscription lists, the format feed readers exchange: outlines with an xmlUrl are
// feeds, outlines holding others are folders (nested as deep as the file has them). Only http and
// https feed addresses are taken in.
class Opml
{
    Q_DECLARE_TR_FUNCTIONS(Opml)

public:
    struct Outline
    {
        QStringList folders; // the folder path, outermost first; empty at the top
        QString title;
        QString xmlUrl;
        QString htmlUrl;
    };

    struct ReadResult
    {
        QList<Outline> feeds;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static ReadResult read(const QByteArray &bytes);
    static QByteArray write(const Subscriptions &subscriptions);

    // Subscribes to every feed of the list, making its folders; returns how many were new.
    static int import(Subscriptions &subscriptions, const QList<Outline> &feeds);
};
