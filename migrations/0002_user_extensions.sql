-- version: 0002
-- title: Extensions de la table users (Phase 1)
-- title_en: Users table extensions (Phase 1)
-- revision: user_extensions
-- transactional: true
-- lock_retries: 10

-- migrate:up
-- Constant defaults are stored in the catalog (PostgreSQL 11+): no table rewrite. One ALTER
-- TABLE takes the ACCESS EXCLUSIVE lock on users once and adds every column in one catalog
-- pass; lock_retries keeps the application's wait behind our lock request to one short
-- attempt. Its indexes are built in 0003.
ALTER TABLE users
    ADD COLUMN avatar_url varchar(255),
    ADD COLUMN bio text,
    ADD COLUMN birth_date date,
    ADD COLUMN timezone varchar(50) NOT NULL DEFAULT 'UTC',
    ADD COLUMN language_preference varchar(10) NOT NULL DEFAULT 'fr',
    ADD COLUMN last_password_change timestamp with time zone,
    ADD COLUMN two_factor_enabled boolean NOT NULL DEFAULT false,
    ADD COLUMN two_factor_secret varchar(255),
    ADD COLUMN failed_login_attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN locked_until timestamp with time zone,
    ADD COLUMN cognitive_profile json,
    ADD COLUMN special_needs json,
    ADD COLUMN total_points integer NOT NULL DEFAULT 0,
    ADD COLUMN current_level integer NOT NULL DEFAULT 1,
    ADD COLUMN experience_points integer NOT NULL DEFAULT 0,
    -- Ranks used by the application: youngling, initiate, padawan, knight, master, grand_master.
    ADD COLUMN jedi_rank varchar(50) NOT NULL DEFAULT 'youngling',
    ADD COLUMN is_public_profile boolean NOT NULL DEFAULT false,
    ADD COLUMN allow_friend_requests boolean NOT NULL DEFAULT true,
    ADD COLUMN show_in_leaderboards boolean NOT NULL DEFAULT true,
    ADD COLUMN data_retention_consent boolean NOT NULL DEFAULT true,
    ADD COLUMN marketing_consent boolean NOT NULL DEFAULT false,
    ADD COLUMN deletion_requested_at timestamp with time zone,
    ADD COLUMN is_deleted boolean NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE users
    DROP COLUMN is_deleted,
    DROP COLUMN deletion_requested_at,
    DROP COLUMN marketing_consent,
    DROP COLUMN data_retention_consent,
    DROP COLUMN show_in_leaderboards,
    DROP COLUMN allow_friend_requests,
    DROP COLUMN is_public_profile,
    DROP COLUMN jedi_rank,
    DROP COLUMN experience_points,
    DROP COLUMN current_level,
    DROP COLUMN total_points,
    DROP COLUMN special_needs,
    DROP COLUMN cognitive_profile,
    DROP COLUMN locked_until,
    DROP COLUMN failed_login_attempts,
    DROP COLUMN two_factor_secret,
    DROP COLUMN two_factor_enabled,
    DROP COLUMN last_password_change,
    DROP COLUMN language_preference,
    DROP COLUMN timezone,
    DROP COLUMN birth_date,
    DROP COLUMN bio,
    DROP COLUMN avatar_url;
