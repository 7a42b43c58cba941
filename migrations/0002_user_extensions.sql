-- version: 0002
-- title: Extensions de la table users (Phase 1)
-- title_en: Users table extensions (Phase 1)
-- revision: user_extensions
-- transactional: true

-- migrate:up
-- Constant defaults are stored in the catalog (PostgreSQL 11+): no table rewrite, so the
-- ACCESS EXCLUSIVE lock on users lasts milliseconds. Its indexes are built in 0003.
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

-- migrate:down
ALTER TABLE users DROP COLUMN is_deleted;
ALTER TABLE users DROP COLUMN deletion_requested_at;
ALTER TABLE users DROP COLUMN marketing_consent;
ALTER TABLE users DROP COLUMN data_retention_consent;
ALTER TABLE users DROP COLUMN show_in_leaderboards;
ALTER TABLE users DROP COLUMN allow_friend_requests;
ALTER TABLE users DROP COLUMN is_public_profile;
ALTER TABLE users DROP COLUMN jedi_rank;
ALTER TABLE users DROP COLUMN experience_points;
ALTER TABLE users DROP COLUMN current_level;
ALTER TABLE users DROP COLUMN total_points;
ALTER TABLE users DROP COLUMN special_needs;
ALTER TABLE users DROP COLUMN cognitive_profile;
ALTER TABLE users DROP COLUMN locked_until;
ALTER TABLE users DROP COLUMN failed_login_attempts;
ALTER TABLE users DROP COLUMN two_factor_secret;
ALTER TABLE users DROP COLUMN two_factor_enabled;
ALTER TABLE users DROP COLUMN last_password_change;
ALTER TABLE users DROP COLUMN language_preference;
ALTER TABLE users DROP COLUMN timezone;
ALTER TABLE users DROP COLUMN birth_date;
ALTER TABLE users DROP COLUMN bio;
ALTER TABLE users DROP COLUMN avatar_url;
