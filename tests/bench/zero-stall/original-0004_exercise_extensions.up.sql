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

