#include "data/store/impl.h"

// The full-text indexes, kept in step with the records, and Batch.
//
// The index is written one row at a time with VALUES, never INSERT ... SELECT: a statement
// that may write several rows opens a statement savepoint, and FTS5 answers every savepoint
// by flushing its pending data into a new index segment (then merging). Other multi-row
// statements (deleting a record's phones...) do the same once the index is part of the
// transaction, hence Batch for many records.

namespace relais {

using detail::guarded;

namespace {

std::optional<IndexColumns> read_index_columns(SQLite::Statement& doc, std::int64_t rowid) {
    doc.bind(1, rowid);
    if (!doc.executeStep())
        return std::nullopt;
    IndexColumns columns;
    for (int i = 0; i < 6; ++i)
        columns[static_cast<std::size_t>(i)] = doc.getColumn(i).getString();
    doc.reset();
    return columns;
}

} // namespace

void Store::write_index(const char* command, std::int64_t rowid) {
    auto& doc = (*statements_)("SELECT name, organization, categories, keywords, description, "
                               "place FROM search_docs WHERE rowid = ?");
    if (pending_) {
        // Remember the old values once; the index is written at Batch::finish().
        if (!pending_->rows.contains(rowid))
            pending_->rows.emplace(rowid, command ? read_index_columns(doc, rowid) : std::nullopt);
        return;
    }
    const auto columns = read_index_columns(doc, rowid);
    if (!columns)
        return;
    auto& write = command ? (*statements_)("INSERT INTO search_fts(search_fts, rowid, name, "
                                           "organization, categories, keywords, description, "
                                           "place) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)")
                          : (*statements_)("INSERT INTO search_fts(rowid, name, organization, "
                                           "categories, keywords, description, place) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?)");
    write.bind(1, rowid);
    for (int i = 0; i < 6; ++i)
        write.bind(i + 2, (*columns)[static_cast<std::size_t>(i)]);
    write.exec();
    write_names_index(command, rowid, *columns);
}

void Store::write_names_index(const char* command, std::int64_t rowid,
                              const std::array<std::string, 6>& columns) {
    auto& names = command ? (*statements_)("INSERT INTO names_fts(names_fts, rowid, name, "
                                           "organization) VALUES ('delete', ?, ?, ?)")
                          : (*statements_)("INSERT INTO names_fts(rowid, name, organization) "
                                           "VALUES (?, ?, ?)");
    names.bind(1, rowid);
    names.bind(2, columns[0]);
    names.bind(3, columns[1]);
    names.exec();
}

void Store::flush_index() {
    auto pending = std::move(pending_);
    // In rowid order, each row's old entry removed just before its new one is added: FTS5
    // then keeps them all in memory and writes one segment at commit. A rowid lower than the
    // previous one makes it first flush its pending data into a new segment (then merge),
    // which made a page of a hundred changes several times slower.
    auto& remove = (*statements_)("INSERT INTO search_fts(search_fts, rowid, name, "
                                  "organization, categories, keywords, description, place) "
                                  "VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [rowid, old] : pending->rows) {
        if (old) {
            remove.reset();
            remove.bind(1, rowid);
            for (int i = 0; i < 6; ++i)
                remove.bind(i + 2, (*old)[static_cast<std::size_t>(i)]);
            remove.exec();
            write_names_index("delete", rowid, *old);
        }
        write_index(nullptr, rowid);
    }
}

void rebuild_indexes(SQLite::Database& db) {
    db.exec("INSERT INTO search_fts(search_fts) VALUES ('rebuild')");
    // Contentless: emptied and filled again from the same view.
    db.exec("INSERT INTO names_fts(names_fts) VALUES ('delete-all')");
    // In rowid order, as 'rebuild' reads them: FTS5 flushes its pending data whenever the
    // rowid goes down.
    db.exec("INSERT INTO names_fts(rowid, name, organization) "
            "SELECT rowid, name, organization FROM search_docs ORDER BY rowid");
}

// External content: the index forgets a row by being handed its old values.
void Store::unindex_service(std::int64_t rowid) {
    write_index("delete", rowid);
}

void Store::index_service(std::int64_t rowid) {
    write_index(nullptr, rowid);
}

Store::Batch::Batch(Store& store) : store_(store) {
    store_.pending_ = std::make_unique<PendingIndex>();
}

Store::Batch::~Batch() {
    store_.pending_.reset();
}

void Store::Batch::finish() {
    guarded(*store_.statements_, [&] {
        if (store_.pending_)
            store_.flush_index();
    });
}

} // namespace relais
