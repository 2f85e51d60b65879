#include "demo/DemoPipeline.h"

#include "demo/DemoDealBuilder.h"
#include "demo/DemoWriter.h"
#include "storage/DatabaseContents.h"

#include <QVariant>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

namespace handoff {

namespace {

// Deals per batch, and batches made ahead of the writing: about 3 MB of recorded rows in all.
constexpr int kDealsPerBatch = 50;
constexpr std::size_t kBatchesAhead = 2;

struct Latin1 {
    QByteArray bytes;
};
struct Blob {
    QByteArray bytes;
};
// A bound value, kept as the bind that was called with it so that the same bind is called again.
using Value = std::variant<std::monostate, qint64, double, QString, Latin1, QByteArray, Blob, QDate, QDateTime>;

class RecordingStatement;

// The rows of some deals, in the order they were made.
struct Batch {
    struct Row {
        const RecordingStatement* statement;
        int deal;
        qint64 id; // 0: the table has no id
        bool insert;
        std::size_t first; // the row's binds in values
        std::size_t count;
    };
    std::vector<Row> rows;
    std::vector<std::pair<int, Value>> values;
    int end = 0; // the deals made: up to here
    std::optional<Error> error;
};

// Where the statements record: the batch being made and the deal being built.
struct Recording {
    Batch* batch = nullptr;
    int deal = 0;
};

// A statement that records rows for another one (a file's INSERT that takes the id after the columns); its INSERTs
// give the id the row will have. Only binds and writes are recorded: the demo reads nothing back.
class RecordingStatement final : public Statement {
public:
    using Statement::bind;

    RecordingStatement(Statement& target, int columns, qint64 firstId, Recording& recording)
        : m_target(&target)
        , m_columns(columns)
        , m_nextId(firstId)
        , m_recording(&recording)
    {}

    Statement& target() const { return *m_target; }
    // The position of the id in the target's parameters.
    int idPosition() const { return m_columns + 1; }

    int parameterCount() const override { return m_columns; }
    void bind(int position, qint64 value) override { record(position, value); }
    void bind(int position, double value) override { record(position, value); }
    // Text is encoded here, on the maker's thread, as the target would encode it (valid UTF-16 has one UTF-8 form).
    void bind(int position, QStringView value) override { record(position, value.toUtf8()); }
    void bind(int position, QLatin1StringView value) override
    {
        record(position, Latin1{QByteArray(value.data(), value.size())});
    }
    void bindUtf8(int position, const QByteArray& utf8) override { record(position, utf8); }
    void bind(int position, QDate value) override { record(position, value); }
    void bind(int position, const QDateTime& value) override { record(position, value); }
    void bindBlob(int position, const QByteArray& bytes) override { record(position, Blob{bytes}); }
    void bindNull(int position) override { record(position, std::monostate()); }
    void clearBindings() override
    {
        for (int position = 1; position <= m_columns; ++position) {
            bindNull(position);
        }
    }

    Result<qint64> insert() override { return addRow(true); }
    Result<void> execute() override
    {
        (void)addRow(false);
        return {};
    }

    // Nothing is read through a recording.
    Result<bool> next() override { return false; }
    void reset() override {}
    bool isNull(int) const override { return true; }
    qint64 int64(int) const override { return 0; }
    double real(int) const override { return 0; }
    QString text(int) const override { return {}; }
    QVariant value(int) const override { return {}; }
    int changes() const override { return 1; }

private:
    void record(int position, Value value)
    {
        m_recording->batch->values.emplace_back(position, std::move(value));
        ++m_bound;
    }

    qint64 addRow(bool insert)
    {
        Batch& batch = *m_recording->batch;
        const qint64 id = m_nextId > 0 ? m_nextId++ : 0;
        batch.rows.push_back(Batch::Row{this, m_recording->deal, id, insert, batch.values.size() - m_bound, m_bound});
        m_bound = 0;
        return id;
    }

    Statement* m_target;
    int m_columns;
    qint64 m_nextId; // 0: the table has no id
    Recording* m_recording;
    std::size_t m_bound = 0; // binds recorded since the last row
};

// Batches handed from the maker to the writer, at most kBatchesAhead waiting.
class BatchQueue {
public:
    // False when the writer stopped.
    bool push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < kBatchesAhead; });
        if (m_stopped) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // The next batch; none once the maker is done and every batch was taken.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_done || !m_batches.empty(); });
        if (m_batches.empty()) {
            return nullptr;
        }
        auto batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    void done()
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    bool stopped()
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_batches;
    bool m_done = false;
    bool m_stopped = false;
};

// Binds a recorded value through the bind it was recorded from.
struct Binder {
    Statement& statement;
    int position;

    void operator()(std::monostate) const { statement.bindNull(position); }
    void operator()(qint64 value) const { statement.bind(position, value); }
    void operator()(double value) const { statement.bind(position, value); }
    void operator()(const QString& value) const { statement.bind(position, QStringView(value)); }
    void operator()(const Latin1& value) const
    {
        statement.bind(position, QLatin1StringView(value.bytes.constData(), value.bytes.size()));
    }
    void operator()(const QByteArray& utf8) const { statement.bindUtf8(position, utf8); }
    void operator()(const Blob& value) const { statement.bindBlob(position, value.bytes); }
    void operator()(QDate value) const { statement.bind(position, value); }
    void operator()(const QDateTime& value) const { statement.bind(position, value); }
};

// Writes a batch's rows; the failing row's deal and error if one fails.
std::optional<std::pair<int, Error>> write(const Batch& batch)
{
    for (const Batch::Row& row : batch.rows) {
        Statement& target = row.statement->target();
        for (std::size_t i = row.first; i < row.first + row.count; ++i) {
            const auto& [position, value] = batch.values[i];
            std::visit(Binder{target, position}, value);
        }
        if (row.id != 0) {
            target.bind(row.statement->idPosition(), row.id);
        }
        if (row.insert) {
            if (auto inserted = target.insert(); !inserted) {
                return std::pair{row.deal, inserted.error()};
            }
        } else if (auto executed = target.execute(); !executed) {
            return std::pair{row.deal, executed.error()};
        }
    }
    return std::nullopt;
}

} // namespace

Result<DemoSummary> DemoPipeline::run(Database& db, DemoWriter& direct, DemoDice& dice, const DemoWorld& world,
                                      int count, const std::function<bool(qint64, qint64)>& progress,
                                      const Error& cancelled, const Failure& failure)
{
    Recording recording;
    std::vector<std::unique_ptr<RecordingStatement>> statements;
    std::optional<Error> unprepared;
    DemoWriter recorder = direct.through([&](const DemoWriter::Table& table) -> Statement* {
        qint64 firstId = 0;
        if (table.withId && !unprepared) {
            auto next = DatabaseContents::nextFileId(db, table.table);
            next ? void(firstId = *next) : void(unprepared = next.error());
        }
        statements.push_back(std::make_unique<RecordingStatement>(*table.statement, table.columns, firstId, recording));
        return statements.back().get();
    });
    if (unprepared) {
        return *unprepared;
    }

    BatchQueue queue;
    std::thread maker([&] {
        DemoDealBuilder builder(dice, recorder, world);
        for (int first = 0; first < count && !queue.stopped(); first += kDealsPerBatch) {
            auto batch = std::make_unique<Batch>();
            recording.batch = batch.get();
            const int end = std::min(count, first + kDealsPerBatch);
            for (int deal = first; deal < end; ++deal) {
                recording.deal = deal;
                if (auto built = builder.build(deal); !built) {
                    batch->error = failure(deal, built.error());
                    break;
                }
                batch->end = deal + 1;
            }
            const bool failed = batch->error.has_value();
            if (!queue.push(std::move(batch)) || failed) {
                break;
            }
        }
        queue.done();
    });
    const auto finish = [&](std::optional<Error> error) -> Result<DemoSummary> {
        queue.stop();
        maker.join();
        if (error) {
            return *error;
        }
        return recorder.counts();
    };

    if (progress && !progress(0, count)) {
        return finish(cancelled);
    }
    while (auto batch = queue.pop()) {
        if (auto failed = write(*batch)) {
            return finish(failure(failed->first, failed->second));
        }
        if (batch->error) {
            return finish(batch->error);
        }
        if (progress && !progress(batch->end, count)) {
            return finish(cancelled);
        }
    }
    return finish(std::nullopt);
}

} // namespace handoff
