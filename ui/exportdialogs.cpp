#include "exportdialogs.h"

#include "articleprinter.h"
#include "articleview.h"
#include "models/speakermodel.h"
#include "quotefiledialog.h"
#include "speakerpanel.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// "Jane Doe" -> "jane-doe", for a file name.
QString speakerFileName(const QModelIndex &speaker)
{
    return speaker.data(SpeakerModel::SpeakerNameRole).toString().toLower().replace(u' ', u'-');
}

} // namespace

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
    QString base = QFileInfo(articlePath).completeBaseName();
    if (selectedOnly)
        base += u'-' + speakerFileName(m_panel->selectedSpeaker());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString title = selectedOnly ? tr("Export Speaker's Quotes") : tr("Export Quotes");
    QuoteFileDialog dialog(m_window, title, dir + u'/' + base + QStringLiteral("-quotes.csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString path = dialog.path();
    QString error;
    if (exportQuotes(path, dialog.format(), selectedOnly, &error, dialog.byteOrderMark()))
        emit saved(tr("Saved the quotes to %1.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(m_window, tr("Export Failed"), tr("The quotes could not be saved: %1").arg(error));
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as PDF"),
                                                dir + u'/' + QFileInfo(articlePath).completeBaseName()
                                                    + QStringLiteral(".pdf"),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
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
