-- version: 0005
-- title: Colonnes de la table exercises (Phase 1)
-- title_en: Exercises table columns (Phase 1)
-- revision: exercise_columns
-- transactional: true

-- migrate:up
-- Constant defaults only: no table rewrite, the lock on exercises lasts milliseconds.
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

-- migrate:down
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
