// The text of schema/store.sql (SQLite) and schema/store.postgres.sql,
// compiled in (store_schema.cc is generated from them by CMake), so that
// the store's migrations have one source.
#ifndef VBTASK_STORE_STORE_SCHEMA_H_
#define VBTASK_STORE_STORE_SCHEMA_H_

namespace vbtask {
extern const char* const kStoreSchemaSql;
extern const char* const kStorePostgresSchemaSql;
}  // namespace vbtask

#endif  // VBTASK_STORE_STORE_SCHEMA_H_
