#pragma once

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

// Runs work(i) for i in [0, count) on `jobs` threads and hands the results to consume(i, result) on
// the calling thread in index order, as soon as each is ready. At most a few results per thread
// wait to be consumed, so memory stays bounded however many items there are. With one job
// everything runs on the calling thread.
template<typename Result>
class OrderedWork
{
public:
    static void run(int count, int jobs, const std::function<Result(int)> &work,
                    const std::function<void(int, Result &&)> &consume)
    {
        if (jobs <= 1 || count <= 1) {
            for (int i = 0; i < count; ++i)
                consume(i, work(i));
            return;
        }
        const int window = std::max(2, jobs * 2);
        std::mutex mutex;
        std::condition_variable changed;
        std::vector<std::optional<Result>> results{size_t(count)};
        int next = 0;     // the next index a worker takes
        int consumed = 0; // how many the caller has taken
        const auto worker = [&] {
            for (;;) {
                int index;
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    changed.wait(lock, [&] { return next >= count || next < consumed + window; });
                    if (next >= count)
                        return;
                    index = next++;
                }
                Result result = work(index);
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    results[size_t(index)] = std::move(result);
                }
                changed.notify_all();
            }
        };
        std::vector<std::thread> threads;
        threads.reserve(size_t(jobs));
        for (int t = 0; t < std::min(jobs, count); ++t)
            threads.emplace_back(worker);
        for (int i = 0; i < count; ++i) {
            std::optional<Result> ready;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return results[size_t(i)].has_value(); });
                ready = std::move(results[size_t(i)]);
                results[size_t(i)].reset();
                consumed = i + 1;
            }
            changed.notify_all();
            consume(i, std::move(*ready));
        }
        for (std::thread &t : threads)
            t.join();
    }
};
