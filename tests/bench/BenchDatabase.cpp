#include "BenchDatabase.h"

#include "demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace handoff::bench {

namespace {

User firstUser(const Database& db, Role role)
{
    User user;
    user.role = role;
    user.id = db.scalar(QStringLiteral("SELECT min(id) FROM users WHERE role = ? AND active = 1"), {toKey(role)})
                  ->toLongLong();
    return user;
}

} // namespace

std::unique_ptr<BenchDatabase> BenchDatabase::open(const QString& engine, const QString& path, int dealCount,
                                                   QTextStream& log)
{
    auto bench = std::make_unique<BenchDatabase>();
    bench->engine = engine;
    QElapsedTimer timer;
    timer.start();
    if (auto opened = bench->db.open(path); !opened) {
        QTextStream(stderr) << opened.error().fullText() << Qt::endl;
        return nullptr;
    }
    log << engine << ": opened " << path << " in " << timer.elapsed() << " ms" << Qt::endl;
    if (bench->db.wasCreated()) {
        DemoOptions options;
        options.deals = dealCount;
        options.seed = 7;
        options.today = QDate(2026, 11, 23);
        timer.restart();
        auto made = DemoGenerator::generate(bench->db, options);
        if (!made) {
            QTextStream(stderr) << made.error().fullText() << Qt::endl;
            return nullptr;
        }
        log << engine << ": demo data, " << made->deals << " deals, " << made->promises << " promises, " << made->tasks
            << " tasks, " << made->auditEntries << " audit rows in " << timer.elapsed() << " ms" << Qt::endl;
    }
    bench->deals = bench->db.scalar(QStringLiteral("SELECT max(id) FROM deals"))->toLongLong();
    bench->staff = {firstUser(bench->db, Role::Sales), firstUser(bench->db, Role::Support),
                    firstUser(bench->db, Role::Lead)};
    return bench;
}

} // namespace handoff::bench
