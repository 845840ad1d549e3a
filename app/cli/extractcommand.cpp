#include "extractcommand.h"

#include "load/articleloader.h"
#include "export/extractionjson.h"
#include "extract/extractor.h"

#include <QByteArray>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace {

void writeLine(FILE *out, const QByteArray &line)
{
    fwrite(line.constData(), 1, size_t(line.size()), out);
    fputc('\n', out);
}

// What one file prints: its JSON line, or the line for stderr that says why it could not be read.
struct FileOutput
{
    QByteArray line;
    QByteArray error;
};

// With spill set, a large article's line is written out in parts as it is built (see
// ExtractionJson::appendArticleFields), so only the rest of it is returned.
FileOutput extractFile(const Extractor &extractor, const QString &file, FILE *spill)
{
    ArticleLoader::Result loaded = ArticleLoader::loadFile(file);
    if (!loaded.ok())
        return {{}, "saywho: " + file.toLocal8Bit() + ": " + loaded.error.toLocal8Bit()};
    QByteArray line = "{\"file\":";
    ExtractionJson::appendString(line, file);
    if (loaded.format == ArticleLoader::Format::Feed) {
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
            ExtractionJson::appendArticleFields(line, article, extraction, spill);
            line += '}';
        }
        line += "]}";
        return {line, {}};
    }
    const Extraction extraction = extractor.extract(loaded.article);
    line += ',';
    ExtractionJson::appendArticleFields(line, loaded.article, extraction, spill);
    line += '}';
    return {line, {}};
}

// Runs extractFile on worker threads and hands the outputs back in the order of the files. Workers
// run at most FilesAheadPerJob files per job ahead of the one printed next: enough that a long
// article does not leave the other jobs idle behind it, few enough that the finished outputs held
// back meanwhile stay a bounded number, not all the rest.
class ParallelExtraction
{
public:
    static constexpr int FilesAheadPerJob = 16;

    ParallelExtraction(const Extractor &extractor, const QStringList &files, int jobs)
        : m_extractor(extractor), m_files(files), m_outputs(size_t(files.size())),
          m_done(size_t(files.size()), false), m_window(FilesAheadPerJob * jobs)
    {
        for (int i = 0; i < jobs; ++i)
            m_workers.emplace_back([this] { work(); });
    }

    ~ParallelExtraction()
    {
        for (std::thread &worker : m_workers)
            worker.join();
    }

    // Waits for file index's output and takes it.
    FileOutput take(int index)
    {
        std::unique_lock lock(m_mutex);
        m_outputReady.wait(lock, [&] { return m_done[size_t(index)]; });
        FileOutput output = std::move(m_outputs[size_t(index)]);
        m_taken = index + 1;
        if (m_waitingWorkers > 0)
            m_roomAhead.notify_all();
        return output;
    }

private:
    void work()
    {
        for (;;) {
            int index;
            {
                std::unique_lock lock(m_mutex);
                ++m_waitingWorkers;
                m_roomAhead.wait(lock, [&] { return m_next >= m_files.size() || m_next < m_taken + m_window; });
                --m_waitingWorkers;
                if (m_next >= m_files.size())
                    return;
                index = m_next++;
            }
            FileOutput output = extractFile(m_extractor, m_files.at(index), nullptr);
            std::lock_guard lock(m_mutex);
            m_outputs[size_t(index)] = std::move(output);
            m_done[size_t(index)] = true;
            if (index == m_taken) // the output the printing thread waits for
                m_outputReady.notify_one();
        }
    }

    const Extractor &m_extractor;
    const QStringList &m_files;
    std::vector<FileOutput> m_outputs;
    std::vector<bool> m_done;
    const int m_window;
    int m_next = 0;  // the next file a worker takes
    int m_taken = 0; // files handed back so far
    int m_waitingWorkers = 0;
    std::mutex m_mutex;
    std::condition_variable m_outputReady; // the printing thread waits for the next file's output
    std::condition_variable m_roomAhead;   // workers wait when they are FilesAheadPerJob per job ahead
    std::vector<std::thread> m_workers;
};

} // namespace

int ExtractCommand::run(const QStringList &files, FILE *out, FILE *err, int jobs)
{
    int status = 0;
    const Extractor extractor;
    const auto print = [&](const FileOutput &output) {
        if (!output.error.isEmpty()) {
            writeLine(err, output.error);
            status = 1;
        } else {
            writeLine(out, output.line);
        }
    };
    jobs = std::clamp(jobs, 1, int(std::max<qsizetype>(files.size(), 1)));
    if (jobs == 1) {
        for (const QString &file : files)
            print(extractFile(extractor, file, out));
    } else {
        ParallelExtraction extraction(extractor, files, jobs);
        for (int i = 0; i < files.size(); ++i)
            print(extraction.take(i));
    }
    fflush(out);
    return status;
}
