#pragma once

#include <QByteArray>
#include <QMenu>

class QActionGroup;

// View › Encoding: "Automatic" (what the file declares or looks like) and the encodings news pages
// and text files come in, one checked at a time. Choosing one asks for the open file to be read in
// it; a file opened afresh goes back to Automatic.
class EncodingMenu : public QMenu
{
    Q_OBJECT

public:
    explicit EncodingMenu(const QString &title, QWidget *parent = nullptr);

    // The encoding checked, empty for Automatic.
    QByteArray encoding() const;
    // Checks an encoding (empty for Automatic) without asking for a read.
    void setEncoding(const QByteArray &encoding);

signals:
    void encodingChosen(const QByteArray &encoding);

private:
    QActionGroup *m_group;
};
