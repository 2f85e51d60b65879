#include "BareCsvTable.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sqlite3.h>

namespace {

// Splits the records of an RFC 4180 file held in memory.
class RecordSplitter {
public:
    explicit RecordSplitter(const QByteArray& data)
        : m_p(data.constData())
        , m_end(data.constData() + data.size())
    {}

    // The next record into fields; false at the end.
    bool next(QList<QByteArray>& fields)
    {
        fields.clear();
        if (m_p >= m_end) {
            return false;
        }
        m_current.clear();
        bool quoted = false;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (quoted) {
                if (c != '"') {
                    m_current += c;
                } else if (m_p < m_end && *m_p == '"') {
                    m_current += '"';
                    ++m_p;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.append(m_current);
                m_current.clear();
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                m_current += c;
            }
        }
        fields.append(m_current);
        return true;
    }

private:
    const char* m_p;
    const char* m_end;
    QByteArray m_current;
};

} // namespace

bool loadBareTable(sqlite3* db, const QString& csvPath, const char* table)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray data = file.readAll();
    RecordSplitter records(data);
    QList<QByteArray> fields;
    if (!records.next(fields)) {
        return false;
    }
    QByteArray create = QByteArray("CREATE TABLE ") + table + '(';
    QByteArray insert = QByteArray("INSERT INTO ") + table + " VALUES(";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QByteArray name = fields.at(i);
        name.replace('"', "\"\"");
        create += (i ? ",\"" : "\"") + name + "\" TEXT";
        insert += i ? ",?" : "?";
    }
    create += ')';
    insert += ')';
    const qsizetype width = fields.size();
    if (sqlite3_exec(db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        return false;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, insert.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return false;
    }
    bool ok = true;
    while (ok && records.next(fields)) {
        for (qsizetype i = 0; i < width; ++i) {
            const QByteArray& value = i < fields.size() ? fields.at(i) : QByteArray();
            sqlite3_bind_text(stmt, int(i + 1), value.constData(), int(value.size()), SQLITE_TRANSIENT);
        }
        ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return ok;
}
