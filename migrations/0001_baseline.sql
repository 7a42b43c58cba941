-- version: 0001
-- title: Schéma de base (tel que créé par l'ORM, mai 2025)
-- title_en: Baseline schema (as created by the ORM, May 2025)
-- revision: baseline
-- transactional: true

-- migrate:up
-- Schema exactly as SQLAlchemy's create_all produced it: serial ids, unnamed
-- foreign keys (PostgreSQL names them <table>_<column>_fkey), ix_* indexes
-- (including the redundant ix_<table>_id ones), unique indexes instead of
-- unique constraints, and only the server-side defaults.

CREATE TYPE userrole AS ENUM ('PADAWAN', 'MAITRE', 'GARDIEN', 'ARCHIVISTE', 'ADMIN');
CREATE TYPE exercisetype AS ENUM ('ADDITION', 'SOUSTRACTION', 'MULTIPLICATION', 'DIVISION',
    'FRACTIONS', 'GEOMETRIE', 'TEXTE', 'MIXTE', 'DIVERS');
CREATE TYPE difficultylevel AS ENUM ('INITIE', 'PADAWAN', 'CHEVALIER', 'MAITRE');
CREATE TYPE logicchallengetype AS ENUM ('SEQUENCE', 'PATTERN', 'VISUAL', 'PUZZLE', 'RIDDLE',
    'DEDUCTION', 'SPATIAL', 'PROBABILITY', 'GRAPH', 'CODING', 'CHESS', 'CUSTOM');
CREATE TYPE agegroup AS ENUM ('ENFANT', 'ADOLESCENT', 'ADULTE', 'AGE_9_12', 'AGE_12_13',
    'AGE_13_PLUS', 'GROUP_10_12', 'GROUP_13_15', 'ALL_AGES');

CREATE TABLE users (
    id serial NOT NULL,
    username varchar(50) NOT NULL,
    email varchar(100) NOT NULL,
    hashed_password varchar(255) NOT NULL,
    full_name varchar(100),
    role userrole,
    is_active boolean,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    grade_level integer,
    learning_style varchar(50),
    preferred_difficulty varchar(50),
    preferred_theme varchar(50),
    accessibility_settings text,
    PRIMARY KEY (id)
);
CREATE INDEX ix_users_id ON users (id);
CREATE UNIQUE INDEX ix_users_username ON users (username);
CREATE UNIQUE INDEX ix_users_email ON users (email);

CREATE TABLE settings (
    id serial NOT NULL,
    key varchar NOT NULL,
    value varchar,
    value_json json,
    description varchar,
    category varchar,
    is_system boolean,
    is_public boolean,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE INDEX ix_settings_id ON settings (id);
CREATE UNIQUE INDEX ix_settings_key ON settings (key);

CREATE TABLE exercises (
    id serial NOT NULL,
    title varchar NOT NULL,
    creator_id integer,
    exercise_type exercisetype NOT NULL,
    difficulty difficultylevel NOT NULL,
    tags varchar,
    age_group varchar,
    context_theme varchar,
    complexity integer,
    ai_generated boolean,
    question text NOT NULL,
    correct_answer varchar NOT NULL,
    choices json,
    explanation text,
    hint text,
    image_url varchar,
    audio_url varchar,
    is_active boolean,
    is_archived boolean,
    view_count integer,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (creator_id) REFERENCES users (id)
);
CREATE INDEX ix_exercises_id ON exercises (id);

CREATE TABLE progress (
    id serial NOT NULL,
    user_id integer NOT NULL,
    exercise_type varchar NOT NULL,
    difficulty varchar NOT NULL,
    total_attempts integer,
    correct_attempts integer,
    average_time double precision,
    completion_rate double precision,
    streak integer,
    highest_streak integer,
    concept_mastery json,
    learning_curve json,
    last_active_date timestamp with time zone,
    mastery_level integer,
    awards json,
    strengths varchar,
    areas_to_improve varchar,
    recommendations varchar,
    last_updated timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_progress_id ON progress (id);

CREATE TABLE logic_challenges (
    id serial NOT NULL,
    title varchar(255) NOT NULL,
    description text NOT NULL,
    challenge_type logicchallengetype NOT NULL,
    age_group agegroup NOT NULL,
    difficulty varchar(50),
    content text,
    question text,
    solution text,
    correct_answer varchar(255),
    choices json,
    solution_explanation text,
    visual_data json,
    hints json,
    is_active boolean,
    creator_id integer,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone,
    difficulty_rating double precision,
    estimated_time_minutes integer,
    success_rate double precision,
    image_url varchar,
    source_reference varchar,
    tags varchar,
    is_template boolean,
    generation_parameters json,
    is_archived boolean,
    view_count integer,
    PRIMARY KEY (id),
    FOREIGN KEY (creator_id) REFERENCES users (id)
);
CREATE INDEX ix_logic_challenges_id ON logic_challenges (id);
CREATE INDEX ix_logic_challenges_challenge_type ON logic_challenges (challenge_type);
CREATE INDEX ix_logic_challenges_age_group ON logic_challenges (age_group);
CREATE INDEX ix_logic_challenges_difficulty ON logic_challenges (difficulty);

CREATE TABLE attempts (
    id serial NOT NULL,
    user_id integer NOT NULL,
    exercise_id integer NOT NULL,
    user_answer varchar NOT NULL,
    is_correct boolean NOT NULL,
    time_spent double precision,
    attempt_number integer,
    hints_used integer,
    device_info varchar,
    created_at timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id),
    FOREIGN KEY (exercise_id) REFERENCES exercises (id)
);
CREATE INDEX ix_attempts_id ON attempts (id);

CREATE TABLE recommendations (
    id serial NOT NULL,
    user_id integer NOT NULL,
    exercise_id integer,
    exercise_type varchar NOT NULL,
    difficulty varchar NOT NULL,
    priority integer,
    reason text,
    is_completed boolean,
    shown_count integer,
    clicked_count integer,
    last_clicked_at timestamp with time zone,
    completed_at timestamp with time zone,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY (exercise_id) REFERENCES exercises (id) ON DELETE SET NULL
);
CREATE INDEX ix_recommendations_id ON recommendations (id);

CREATE TABLE logic_challenge_attempts (
    id serial NOT NULL,
    user_id integer NOT NULL,
    challenge_id integer NOT NULL,
    user_solution text NOT NULL,
    is_correct boolean NOT NULL,
    time_spent double precision,
    hints_used integer,
    attempt_number integer,
    notes text,
    created_at timestamp with time zone DEFAULT now(),
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id),
    FOREIGN KEY (challenge_id) REFERENCES logic_challenges (id)
);
CREATE INDEX ix_logic_challenge_attempts_id ON logic_challenge_attempts (id);

-- migrate:down
DROP TABLE logic_challenge_attempts;
DROP TABLE recommendations;
DROP TABLE attempts;
DROP TABLE logic_challenges;
DROP TABLE progress;
DROP TABLE exercises;
DROP TABLE settings;
DROP TABLE users;
DROP TYPE agegroup;
DROP TYPE logicchallengetype;
DROP TYPE difficultylevel;
DROP TYPE exercisetype;
DROP TYPE userrole;
