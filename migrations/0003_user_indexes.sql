-- version: 0003
-- title: Index de la table users (Phase 1)
-- title_en: Users table indexes (Phase 1)
-- revision: user_indexes
-- transactional: false

-- migrate:up
-- Built CONCURRENTLY, one statement at a time outside a transaction, so users stays readable
-- and writable during each build. IF NOT EXISTS makes a re-run after a failure safe (the run
-- refuses to record this migration applied while an INVALID index is left).
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_avatar_url ON users (avatar_url);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_jedi_rank ON users (jedi_rank);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_is_public_profile ON users (is_public_profile);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_is_deleted ON users (is_deleted);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_total_points ON users (total_points);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS idx_users_total_points;
DROP INDEX CONCURRENTLY IF EXISTS idx_users_is_deleted;
DROP INDEX CONCURRENTLY IF EXISTS idx_users_is_public_profile;
DROP INDEX CONCURRENTLY IF EXISTS idx_users_jedi_rank;
DROP INDEX CONCURRENTLY IF EXISTS idx_users_avatar_url;
