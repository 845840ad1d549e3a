#pragma once

#include <QString>

// Where the window's file dialogs start and what name they suggest: the folder last used for that
// kind of file, else the open article's own folder, else Documents when it exists, else the home
// folder (never a folder that is not there, which QFileDialog would type into the name field);
// names come from the article's title, made safe for a file system.
class DialogFolders
{
public:
    enum class Purpose { Open, Export };

    static QString startFolder(Purpose purpose, const QString &articlePath);
    // The folder of the file the reader chose, for the next dialog of the same purpose.
    static void remember(Purpose purpose, const QString &chosenFile);
    // "Harbour talks quotes.csv" from a title and what follows it; fallback when the title is empty.
    static QString fileName(const QString &title, const QString &fallback, const QString &ending);
};
