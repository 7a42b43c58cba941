-- version: 0006
-- title: Index de la table exercises (Phase 1)
-- title_en: Exercises table indexes (Phase 1)
-- revision: exercise_extensions
-- transactional: false

-- migrate:up
-- Built CONCURRENTLY, one statement at a time, so exercises stays writable; IF NOT EXISTS
-- makes a re-run after a failure safe.
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_exercises_ai_confidence ON exercises (ai_confidence_score);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_exercises_human_reviewed ON exercises (human_reviewed);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_exercises_likes_count ON exercises (likes_count);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_exercises_quality_rating ON exercises (quality_rating);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS idx_exercises_quality_rating;
DROP INDEX CONCURRENTLY IF EXISTS idx_exercises_likes_count;
DROP INDEX CONCURRENTLY IF EXISTS idx_exercises_human_reviewed;
DROP INDEX CONCURRENTLY IF EXISTS idx_exercises_ai_confidence;
