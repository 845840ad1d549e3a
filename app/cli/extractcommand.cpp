#include "extractcommand.h"

#include "load/articleloader.h"
#include "export/extractionjson.h"
#include "extract/extractor.h"

#include <QFileInfo>

namespace {

void writeLine(FILE *out, const QByteArray &line)
{
    fwrite(line.constData(), 1, size_t(line.size()), out);
    fputc('\n', out);
}

} // namespace

int ExtractCommand::run(const QStringList &files, FILE *out, FILE *err)
{
    int status = 0;
    const Extractor extractor;
    for (const QString &file : files) {
        ArticleLoader::Result loaded = ArticleLoader::loadFile(file);
        if (!loaded.ok()) {
            const QByteArray msg = "saywho: " + file.toLocal8Bit() + ": " + loaded.error.toLocal8Bit();
            writeLine(err, msg);
            status = 1;
            continue;
        }
        if (loaded.format == ArticleLoader::Format::Feed) {
            QByteArray line = "{\"file\":";
            ExtractionJson::appendString(line, file);
            line += ",\"title\":";
            if (loaded.feed.title.isEmpty())
                line += "null";
            else
                ExtractionJson::appendString(line, loaded.feed.title);
            line += ",\"articles\":[";
            for (int i = 0; i < loaded.feed.entries.size(); ++i) {
                const Article article = ArticleLoader::articleFromFeedEntry(loaded.feed.entries.at(i));
                const Extraction extraction = extractor.extract(article);
                if (i)
                    line += ',';
                line += "{\"link\":";
                if (article.link().isEmpty())
                    line += "null";
                else
                    ExtractionJson::appendString(line, article.link());
                line += ',';
                ExtractionJson::appendArticleFields(line, article, extraction, out);
                line += '}';
            }
            line += "]}";
            writeLine(out, line);
            continue;
        }
        const Extraction extraction = extractor.extract(loaded.article);
        QByteArray line = "{\"file\":";
        ExtractionJson::appendString(line, file);
        line += ',';
        ExtractionJson::appendArticleFields(line, loaded.article, extraction, out);
        line += '}';
        writeLine(out, line);
    }
    fflush(out);
    return status;
}
