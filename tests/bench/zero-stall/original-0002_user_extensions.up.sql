ALTER TABLE users ADD COLUMN avatar_url varchar(255);
ALTER TABLE users ADD COLUMN bio text;
ALTER TABLE users ADD COLUMN birth_date date;
ALTER TABLE users ADD COLUMN timezone varchar(50) NOT NULL DEFAULT 'UTC';
ALTER TABLE users ADD COLUMN language_preference varchar(10) NOT NULL DEFAULT 'fr';
ALTER TABLE users ADD COLUMN last_password_change timestamp with time zone;
ALTER TABLE users ADD COLUMN two_factor_enabled boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN two_factor_secret varchar(255);
ALTER TABLE users ADD COLUMN failed_login_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until timestamp with time zone;
ALTER TABLE users ADD COLUMN cognitive_profile json;
ALTER TABLE users ADD COLUMN special_needs json;
ALTER TABLE users ADD COLUMN total_points integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN current_level integer NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN experience_points integer NOT NULL DEFAULT 0;
-- Ranks used by the application: youngling, initiate, padawan, knight, master, grand_master.
ALTER TABLE users ADD COLUMN jedi_rank varchar(50) NOT NULL DEFAULT 'youngling';
ALTER TABLE users ADD COLUMN is_public_profile boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN allow_friend_requests boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN show_in_leaderboards boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN data_retention_consent boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN marketing_consent boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN deletion_requested_at timestamp with time zone;
ALTER TABLE users ADD COLUMN is_deleted boolean NOT NULL DEFAULT false;

-- Plain (non-concurrent) index builds inside the migration's transaction:
-- Mathakine's users table is small (thousands of rows), so the short lock
-- is acceptable and keeps the migration atomic.
CREATE INDEX idx_users_avatar_url ON users (avatar_url);
CREATE INDEX idx_users_jedi_rank ON users (jedi_rank);
CREATE INDEX idx_users_is_public_profile ON users (is_public_profile);
CREATE INDEX idx_users_is_deleted ON users (is_deleted);
CREATE INDEX idx_users_total_points ON users (total_points);

