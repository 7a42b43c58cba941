-- version: 0005
-- title: Colonnes de la table exercises (Phase 1)
-- title_en: Exercises table columns (Phase 1)
-- revision: exercise_columns
-- transactional: true
-- lock_retries: 10

-- migrate:up
-- Constant defaults only: no table rewrite. One ALTER TABLE, one lock acquisition on
-- exercises, retried on a short lock_timeout (lock_retries) instead of queueing the application.
ALTER TABLE exercises
    ADD COLUMN generation_seed varchar(255),
    ADD COLUMN ai_confidence_score numeric(3,2),
    ADD COLUMN human_reviewed boolean NOT NULL DEFAULT false,
    ADD COLUMN review_notes text,
    ADD COLUMN cognitive_load integer,
    ADD COLUMN prerequisite_concepts json,
    ADD COLUMN learning_objectives json,
    ADD COLUMN likes_count integer NOT NULL DEFAULT 0,
    ADD COLUMN difficulty_votes json,
    ADD COLUMN quality_rating numeric(3,2),
    ADD COLUMN accessibility_features json,
    ADD COLUMN alternative_formats json;

-- migrate:down
ALTER TABLE exercises
    DROP COLUMN alternative_formats,
    DROP COLUMN accessibility_features,
    DROP COLUMN quality_rating,
    DROP COLUMN difficulty_votes,
    DROP COLUMN likes_count,
    DROP COLUMN learning_objectives,
    DROP COLUMN prerequisite_concepts,
    DROP COLUMN cognitive_load,
    DROP COLUMN review_notes,
    DROP COLUMN human_reviewed,
    DROP COLUMN ai_confidence_score,
    DROP COLUMN generation_seed;
