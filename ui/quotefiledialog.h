#pragma once

#include "export/quoteexporter.h"

#include <QFileDialog>

class QCheckBox;

// Where to export quotes, in which format, and for CSV whether to begin the file with a UTF-8
// byte-order mark, without which spreadsheet programs read non-ASCII names (Łukasz, Zoë) wrongly.
// The choice of mark is remembered. Qt's own dialog, as a native one cannot take the option.
class QuoteFileDialog : public QFileDialog
{
    Q_OBJECT

public:
    QuoteFileDialog(QWidget *parent, const QString &title, const QString &startPath);

    QuoteExporter::Format format() const;
    // The file chosen, with the format's suffix when it was typed without one.
    QString path() const;
    bool byteOrderMark() const;
    QCheckBox *byteOrderMarkBox() const { return m_bom; }

    // Whether CSV is written with a byte-order mark unless the reader says otherwise.
    static bool byteOrderMarkSetting();

    void accept() override;

private:
    QString m_csv;
    QString m_json;
    QString m_markdown;
    QCheckBox *m_bom;
};
