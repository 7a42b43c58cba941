-- version: 0004
-- title: Nouvelles tables (sessions, succès, notifications, analytique)
-- title_en: New tables (sessions, achievements, notifications, analytics)
-- revision: new_tables
-- transactional: true
-- lock_retries: 10

-- migrate:up
-- New tables: nothing waits on them. Their foreign keys are added at the end (see below).
CREATE TABLE user_sessions (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    session_token varchar(255) NOT NULL UNIQUE,
    device_info json,
    ip_address inet,
    user_agent text,
    location_data json,
    is_active boolean NOT NULL DEFAULT true,
    last_activity timestamp with time zone NOT NULL DEFAULT now(),
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    expires_at timestamp with time zone NOT NULL
);
CREATE INDEX idx_user_sessions_user_id ON user_sessions (user_id);
CREATE INDEX idx_user_sessions_token ON user_sessions (session_token);
CREATE INDEX idx_user_sessions_active ON user_sessions (is_active, expires_at);

-- difficulty: bronze, silver, gold, legendary (documented, not enforced).
CREATE TABLE achievements (
    id serial PRIMARY KEY,
    code varchar(100) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    description text,
    icon_url varchar(255),
    category varchar(50),
    difficulty varchar(50),
    points_reward integer NOT NULL DEFAULT 0,
    is_secret boolean NOT NULL DEFAULT false,
    requirements json,
    star_wars_title varchar(255),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX idx_achievements_category ON achievements (category);
CREATE INDEX idx_achievements_active ON achievements (is_active);

CREATE TABLE user_achievements (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    achievement_id integer NOT NULL,
    earned_at timestamp with time zone NOT NULL DEFAULT now(),
    progress_data json,
    is_displayed boolean NOT NULL DEFAULT true,
    UNIQUE (user_id, achievement_id)
);
CREATE INDEX idx_user_achievements_user ON user_achievements (user_id);
CREATE INDEX idx_user_achievements_earned ON user_achievements (earned_at);

-- priority: 1 (lowest) to 10 (highest), documented, not enforced.
CREATE TABLE notifications (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    type varchar(50) NOT NULL,
    title varchar(255) NOT NULL,
    message text,
    data json,
    action_url varchar(255),
    is_read boolean NOT NULL DEFAULT false,
    is_email_sent boolean NOT NULL DEFAULT false,
    priority integer NOT NULL DEFAULT 5,
    expires_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX idx_notifications_user ON notifications (user_id);
CREATE INDEX idx_notifications_unread ON notifications (user_id, is_read);
CREATE INDEX idx_notifications_type ON notifications (type);

CREATE TABLE learning_analytics (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    session_id varchar(255),
    event_type varchar(100) NOT NULL,
    event_data json NOT NULL,
    exercise_id integer,
    challenge_id integer,
    "timestamp" timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX idx_learning_analytics_user ON learning_analytics (user_id);
CREATE INDEX idx_learning_analytics_session ON learning_analytics (session_id);
CREATE INDEX idx_learning_analytics_type ON learning_analytics (event_type);
CREATE INDEX idx_learning_analytics_time ON learning_analytics ("timestamp");

-- The foreign keys last: each takes SHARE ROW EXCLUSIVE on the table it references (users,
-- exercises, logic_challenges: writes there wait) from here to the commit, so the new tables
-- and their indexes are built before. They check empty tables: instant.
ALTER TABLE user_sessions
    ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_achievements
    ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    ADD FOREIGN KEY (achievement_id) REFERENCES achievements (id) ON DELETE CASCADE;
ALTER TABLE notifications
    ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE learning_analytics
    ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    ADD FOREIGN KEY (exercise_id) REFERENCES exercises (id) ON DELETE SET NULL,
    ADD FOREIGN KEY (challenge_id) REFERENCES logic_challenges (id) ON DELETE SET NULL;

-- migrate:down
DROP TABLE learning_analytics;
DROP TABLE notifications;
DROP TABLE user_achievements;
DROP TABLE achievements;
DROP TABLE user_sessions;
