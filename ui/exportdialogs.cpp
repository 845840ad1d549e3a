#include "exportdialogs.h"

#include "articleprinter.h"
#include "articleview.h"
#include "dialogfolders.h"
#include "models/speakermodel.h"
#include "quotefiledialog.h"
#include "speakerpanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

ExportDialogs::ExportDialogs(QWidget *window, const SpeakerModel *model, const SpeakerPanel *panel,
                             const ArticleView *view)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_panel(panel)
    , m_view(view)
{
}

void ExportDialogs::chooseQuotesFile(const QString &articlePath, bool selectedOnly)
{
    const QString ending = selectedOnly
                               ? tr(" – %1 quotes.csv", "after the article's title")
                                     .arg(m_panel->selectedSpeaker().data(SpeakerModel::SpeakerNameRole).toString())
                               : tr(" quotes.csv", "after the article's title");
    const QString name = DialogFolders::fileName(articleTitle(articlePath), tr("Article"), ending);
    const QString dir = DialogFolders::startFolder(DialogFolders::Purpose::Export, articlePath);
    const QString title = selectedOnly ? tr("Export Speaker's Quotes") : tr("Export Quotes");
    QuoteFileDialog dialog(m_window, title, QDir(dir).filePath(name));
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString path = dialog.path();
    DialogFolders::remember(DialogFolders::Purpose::Export, path);
    QString error;
    if (exportQuotes(path, dialog.format(), selectedOnly, &error, dialog.byteOrderMark()))
        emit saved(tr("Saved the quotes to %1.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(m_window, tr("Export Failed"), tr("The quotes could not be saved: %1").arg(error));
}

QString ExportDialogs::articleTitle(const QString &articlePath) const
{
    const QString title = m_model->article().title();
    return title.isEmpty() ? QFileInfo(articlePath).completeBaseName() : title;
}

bool ExportDialogs::exportQuotes(const QString &path, QuoteExporter::Format format, bool selectedOnly,
                                 QString *error, bool byteOrderMark) const
{
    QList<int> quotes;
    if (selectedOnly) {
        quotes = m_model->quotesOf(m_panel->selectedSpeaker());
    } else {
        for (int i = 0; i < m_model->extraction().quotes.size(); ++i)
            quotes.append(i);
    }
    if (quotes.isEmpty()) {
        if (error)
            *error = selectedOnly ? tr("No speaker is selected.") : tr("The article has no quotes.");
        return false;
    }
    return QuoteExporter::write(path, format, m_model->article(), m_model->extraction(), quotes, error, byteOrderMark);
}

void ExportDialogs::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_window->windowTitle());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ArticlePrinter(m_model, m_view).print(&printer);
}

void ExportDialogs::choosePdfFile(const QString &articlePath)
{
    const QString dir = DialogFolders::startFolder(DialogFolders::Purpose::Export, articlePath);
    const QString name = DialogFolders::fileName(articleTitle(articlePath), tr("Article"), QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as PDF"), QDir(dir).filePath(name),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    DialogFolders::remember(DialogFolders::Purpose::Export, path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (exportPdf(path, articlePath))
        emit saved(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(m_window, tr("Export Failed"), tr("The PDF file could not be saved."));
}

bool ExportDialogs::exportPdf(const QString &path, const QString &articlePath) const
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(articlePath).absoluteFilePath())
        return false; // never write over the article
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_window->windowTitle());
        writer.setCreator(QStringLiteral("Saywho %1").arg(QCoreApplication::applicationVersion()));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        ArticlePrinter(m_model, m_view).print(&writer);
    }
    return file.commit();
}
