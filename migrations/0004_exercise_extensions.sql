-- version: 0004
-- title: Extensions de la table exercises (Phase 1)
-- title_en: Exercises table extensions (Phase 1)
-- revision: exercise_extensions
-- transactional: true
-- lint_ignore: create-index-not-concurrently

-- migrate:up
ALTER TABLE exercises ADD COLUMN generation_seed varchar(255);
ALTER TABLE exercises ADD COLUMN ai_confidence_score numeric(3,2);
ALTER TABLE exercises ADD COLUMN human_reviewed boolean NOT NULL DEFAULT false;
ALTER TABLE exercises ADD COLUMN review_notes text;
ALTER TABLE exercises ADD COLUMN cognitive_load integer;
ALTER TABLE exercises ADD COLUMN prerequisite_concepts json;
ALTER TABLE exercises ADD COLUMN learning_objectives json;
ALTER TABLE exercises ADD COLUMN likes_count integer NOT NULL DEFAULT 0;
ALTER TABLE exercises ADD COLUMN difficulty_votes json;
ALTER TABLE exercises ADD COLUMN quality_rating numeric(3,2);
ALTER TABLE exercises ADD COLUMN accessibility_features json;
ALTER TABLE exercises ADD COLUMN alternative_formats json;

-- Plain (non-concurrent) index builds inside the migration's transaction:
-- Mathakine's exercises table is small, so the short lock is acceptable
-- and keeps the migration atomic.
CREATE INDEX idx_exercises_ai_confidence ON exercises (ai_confidence_score);
CREATE INDEX idx_exercises_human_reviewed ON exercises (human_reviewed);
CREATE INDEX idx_exercises_likes_count ON exercises (likes_count);
CREATE INDEX idx_exercises_quality_rating ON exercises (quality_rating);

-- migrate:down
DROP INDEX idx_exercises_quality_rating;
DROP INDEX idx_exercises_likes_count;
DROP INDEX idx_exercises_human_reviewed;
DROP INDEX idx_exercises_ai_confidence;

ALTER TABLE exercises DROP COLUMN alternative_formats;
ALTER TABLE exercises DROP COLUMN accessibility_features;
ALTER TABLE exercises DROP COLUMN quality_rating;
ALTER TABLE exercises DROP COLUMN difficulty_votes;
ALTER TABLE exercises DROP COLUMN likes_count;
ALTER TABLE exercises DROP COLUMN learning_objectives;
ALTER TABLE exercises DROP COLUMN prerequisite_concepts;
ALTER TABLE exercises DROP COLUMN cognitive_load;
ALTER TABLE exercises DROP COLUMN review_notes;
ALTER TABLE exercises DROP COLUMN human_reviewed;
ALTER TABLE exercises DROP COLUMN ai_confidence_score;
ALTER TABLE exercises DROP COLUMN generation_seed;
