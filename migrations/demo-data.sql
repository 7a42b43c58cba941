-- Mathakine: jeu de données de démonstration (fictif) pour le bac à sable.
-- Demo data set (fictitious) for the sandbox.
--
-- Targets the baseline schema ONLY (0001): it is loaded right after 0001 and
-- before 0002-0006, so it uses no column those migrations add.
-- Deterministic (no random()): ids are never hard-coded, rows are linked
-- through usernames, titles and row numbers.
-- The hashed_password values only look like bcrypt hashes: nobody can log in.
-- Plain SQL statements only (no psql meta-commands), each ending with ';'.

-- ---------------------------------------------------------------- users (20)
INSERT INTO users (username, email, hashed_password, full_name, role, is_active,
                   created_at, updated_at, grade_level, learning_style,
                   preferred_difficulty, preferred_theme, accessibility_settings)
SELECT u.username,
       u.username || '@demo.mathakine.fr',
       '$2b$12$' || substr(md5(u.username) || md5('sel-' || u.username), 1, 53),
       u.full_name,
       u.role::userrole,
       true,
       now() - make_interval(days => 200 - u.n * 7),
       now() - make_interval(days => 30 - u.n),
       u.grade_level,
       u.learning_style,
       u.preferred_difficulty,
       u.preferred_theme,
       u.accessibility_settings
FROM (VALUES
    ( 1, 'admin.mathakine',  'Claire Dubois',      'ADMIN',      NULL, NULL,         NULL,        'dark',  NULL),
    ( 2, 'maitre.lefebvre',  'Philippe Lefebvre',  'MAITRE',     NULL, 'visuel',     'CHEVALIER', 'light', NULL),
    ( 3, 'maitre.moreau',    'Nathalie Moreau',    'MAITRE',     NULL, 'auditif',    'PADAWAN',   'light', NULL),
    ( 4, 'archiviste.roux',  'Bernard Roux',       'ARCHIVISTE', NULL, NULL,         NULL,        'dark',  NULL),
    ( 5, 'gardien.martin',   'Sophie Martin',      'GARDIEN',    NULL, NULL,         NULL,        'light', NULL),
    ( 6, 'gardien.petit',    'Julien Petit',       'GARDIEN',    NULL, NULL,         NULL,        'light', NULL),
    ( 7, 'lucas.martin',     'Lucas Martin',       'PADAWAN',    4,    'visuel',     'INITIE',    'dark',  NULL),
    ( 8, 'emma.petit',       'Emma Petit',         'PADAWAN',    5,    'kinesthésique', 'PADAWAN', 'light', NULL),
    ( 9, 'hugo.bernard',     'Hugo Bernard',       'PADAWAN',    6,    'visuel',     'PADAWAN',   'dark',  NULL),
    (10, 'lea.thomas',       'Léa Thomas',         'PADAWAN',    3,    'auditif',    'INITIE',    'light', '{"dyslexie": true, "police": "OpenDyslexic", "taille_texte": "grande"}'),
    (11, 'louis.robert',     'Louis Robert',       'PADAWAN',    7,    'logique',    'CHEVALIER', 'dark',  NULL),
    (12, 'chloe.richard',    'Chloé Richard',      'PADAWAN',    5,    'visuel',     'PADAWAN',   'light', NULL),
    (13, 'gabriel.durand',   'Gabriel Durand',     'PADAWAN',    8,    'logique',    'MAITRE',    'dark',  NULL),
    (14, 'manon.leroy',      'Manon Leroy',        'PADAWAN',    4,    'auditif',    'INITIE',    'light', '{"contraste_eleve": true}'),
    (15, 'arthur.moreau',    'Arthur Moreau',      'PADAWAN',    6,    'kinesthésique', 'PADAWAN', 'dark', NULL),
    (16, 'jade.simon',       'Jade Simon',         'PADAWAN',    7,    'visuel',     'CHEVALIER', 'light', NULL),
    (17, 'raphael.laurent',  'Raphaël Laurent',    'PADAWAN',    5,    'logique',    'PADAWAN',   'dark',  NULL),
    (18, 'louise.michel',    'Louise Michel',      'PADAWAN',    3,    'visuel',     'INITIE',    'light', '{"lecture_audio": true}'),
    (19, 'jules.garcia',     'Jules Garcia',       'PADAWAN',    8,    'logique',    'CHEVALIER', 'dark',  NULL),
    (20, 'alice.fournier',   'Alice Fournier',     'PADAWAN',    6,    'auditif',    'PADAWAN',   'light', NULL)
) AS u(n, username, full_name, role, grade_level, learning_style,
       preferred_difficulty, preferred_theme, accessibility_settings)
ORDER BY u.n;

-- ------------------------------------------------------------ exercises (30)
INSERT INTO exercises (title, creator_id, exercise_type, difficulty, tags, age_group,
                       context_theme, complexity, ai_generated, question, correct_answer,
                       choices, explanation, hint, is_active, is_archived, view_count,
                       created_at, updated_at)
SELECT e.title,
       (SELECT id FROM users WHERE username = CASE WHEN e.n % 2 = 0 THEN 'maitre.lefebvre' ELSE 'maitre.moreau' END),
       e.exercise_type::exercisetype,
       e.difficulty::difficultylevel,
       e.tags,
       e.age_group,
       e.context_theme,
       e.complexity,
       e.n % 5 = 0,
       e.question,
       e.correct_answer,
       e.choices::json,
       e.explanation,
       e.hint,
       e.n <> 30,
       e.n = 30,
       (e.n * 37) % 120,
       now() - make_interval(days => 180 - e.n * 3),
       now() - make_interval(days => 60 - e.n)
FROM (VALUES
    ( 1, 'Les cristaux de Kyber',       'ADDITION',       'INITIE',    'addition,calcul-mental', '6-8',  'espace',   1, 'Luke trouve 7 cristaux puis 5 autres. Combien de cristaux a-t-il en tout ?', '12', '["10","11","12","13"]', '7 + 5 = 12.', 'Compte à partir de 7.'),
    ( 2, 'Le marché de Tatooine',       'ADDITION',       'PADAWAN',   'addition,retenue',       '8-10', 'commerce', 2, 'Un marchand vend 48 gourdes le matin et 37 l''après-midi. Combien en a-t-il vendu ?', '85', '["75","84","85","95"]', '48 + 37 = 85 (avec une retenue).', 'Additionne d''abord les unités : 8 + 7.'),
    ( 3, 'La flotte rebelle',           'ADDITION',       'CHEVALIER', 'addition,grands-nombres','10-12','espace',   3, 'La flotte compte 1 258 chasseurs et reçoit 2 947 renforts. Combien de vaisseaux au total ?', '4205', '["4105","4195","4205","4215"]', '1 258 + 2 947 = 4 205.', 'Pose l''addition en colonnes.'),
    ( 4, 'Somme des archives',          'ADDITION',       'MAITRE',    'addition,decimaux',      '12-14','archives', 4, 'Calcule 12,75 + 8,48 + 0,77.', '22', '["21","21,9","22","22,1"]', '12,75 + 8,48 = 21,23 ; 21,23 + 0,77 = 22.', 'Regroupe 12,75 et 0,77 pour un calcul rapide.'),
    ( 5, 'Droïdes en réparation',       'SOUSTRACTION',   'INITIE',    'soustraction',           '6-8',  'robots',   1, 'Il y a 15 droïdes dans l''atelier ; 6 repartent réparés. Combien en reste-t-il ?', '9', '["8","9","10","11"]', '15 - 6 = 9.', 'Recule de 6 à partir de 15.'),
    ( 6, 'Le carburant du vaisseau',    'SOUSTRACTION',   'PADAWAN',   'soustraction,retenue',   '8-10', 'espace',   2, 'Le réservoir contient 92 litres. Le voyage en consomme 58. Combien reste-t-il de litres ?', '34', '["34","36","44","46"]', '92 - 58 = 34.', 'Tu peux calculer 92 - 60 puis ajouter 2.'),
    ( 7, 'Population de la colonie',    'SOUSTRACTION',   'CHEVALIER', 'soustraction,grands-nombres','10-12','planetes',3, 'Une colonie compte 5 003 habitants ; 1 876 partent. Combien en reste-t-il ?', '3127', '["3127","3137","3227","4127"]', '5 003 - 1 876 = 3 127.', 'Attention aux zéros : il faut emprunter plusieurs fois.'),
    ( 8, 'Écart de température',        'SOUSTRACTION',   'MAITRE',    'soustraction,relatifs',  '12-14','planetes', 4, 'Sur Hoth il fait -23 °C le matin et 7 °C à midi. Quel est l''écart de température ?', '30', '["16","23","30","-30"]', '7 - (-23) = 30.', 'Soustraire un nombre négatif revient à ajouter.'),
    ( 9, 'Les escadrons',               'MULTIPLICATION', 'INITIE',    'multiplication,tables',  '6-8',  'espace',   1, 'Il y a 3 escadrons de 4 chasseurs. Combien de chasseurs en tout ?', '12', '["7","10","12","16"]', '3 × 4 = 12.', 'Additionne 4 + 4 + 4.'),
    (10, 'Rations de voyage',           'MULTIPLICATION', 'PADAWAN',   'multiplication,tables',  '8-10', 'voyage',   2, 'Chaque padawan emporte 8 rations. Combien faut-il de rations pour 7 padawans ?', '56', '["48","54","56","63"]', '7 × 8 = 56.', 'Révise la table de 8.'),
    (11, 'Le hangar géant',             'MULTIPLICATION', 'CHEVALIER', 'multiplication,posee',   '10-12','espace',   3, 'Un hangar a 24 rangées de 36 places. Combien de places en tout ?', '864', '["764","846","864","884"]', '24 × 36 = 864.', 'Calcule 24 × 30 puis 24 × 6.'),
    (12, 'Puissance des boucliers',     'MULTIPLICATION', 'MAITRE',    'multiplication,decimaux','12-14','technologie',4, 'Un générateur produit 2,5 unités par heure. Combien en produit-il en 12,4 heures ?', '31', '["30","30,5","31","31,5"]', '2,5 × 12,4 = 31.', '2,5 × 4 = 10 : utilise-le.'),
    (13, 'Partage des provisions',      'DIVISION',       'INITIE',    'division,partage',       '6-8',  'voyage',   1, 'On partage 12 pommes entre 3 amis. Combien de pommes chacun reçoit-il ?', '4', '["3","4","5","6"]', '12 ÷ 3 = 4.', 'Distribue les pommes une par une.'),
    (14, 'Les navettes',                'DIVISION',       'PADAWAN',   'division,tables',        '8-10', 'espace',   2, '72 passagers montent dans des navettes de 9 places. Combien de navettes faut-il ?', '8', '["6","7","8","9"]', '72 ÷ 9 = 8.', 'Cherche dans la table de 9.'),
    (15, 'Le reste de la division',     'DIVISION',       'CHEVALIER', 'division,reste',         '10-12','archives', 3, 'Quel est le reste de la division de 257 par 12 ?', '5', '["1","5","7","11"]', '257 = 12 × 21 + 5.', '12 × 20 = 240.'),
    (16, 'Vitesse moyenne',             'DIVISION',       'MAITRE',    'division,vitesse',       '12-14','voyage',   4, 'Un vaisseau parcourt 1 470 km en 3,5 heures. Quelle est sa vitesse moyenne en km/h ?', '420', '["400","410","420","490"]', '1 470 ÷ 3,5 = 420 km/h.', 'Multiplie les deux nombres par 2.'),
    (17, 'La moitié de la pizza',       'FRACTIONS',      'INITIE',    'fractions,partage',      '6-8',  'cuisine',  1, 'Une pizza est coupée en 4 parts égales. Tu en manges 2. Quelle fraction as-tu mangée ?', '1/2', '["1/4","1/3","1/2","3/4"]', '2/4 = 1/2.', 'Dessine la pizza.'),
    (18, 'Fractions équivalentes',      'FRACTIONS',      'PADAWAN',   'fractions,equivalence',  '8-10', 'archives', 2, 'Quelle fraction est égale à 3/4 ?', '6/8', '["3/8","6/8","4/3","9/16"]', '3/4 = (3×2)/(4×2) = 6/8.', 'Multiplie le numérateur et le dénominateur par le même nombre.'),
    (19, 'Addition de fractions',       'FRACTIONS',      'CHEVALIER', 'fractions,addition',     '10-12','archives', 3, 'Calcule 2/3 + 1/6.', '5/6', '["3/9","1/2","5/6","1"]', '2/3 = 4/6 ; 4/6 + 1/6 = 5/6.', 'Mets les fractions au même dénominateur.'),
    (20, 'Produit de fractions',        'FRACTIONS',      'MAITRE',    'fractions,multiplication','12-14','archives',4, 'Calcule 3/5 × 10/9 (résultat simplifié).', '2/3', '["30/45","2/3","13/14","1/3"]', '3/5 × 10/9 = 30/45 = 2/3.', 'Simplifie avant de multiplier.'),
    (21, 'Compter les côtés',           'GEOMETRIE',      'INITIE',    'geometrie,polygones',    '6-8',  'formes',   1, 'Combien de côtés a un hexagone ?', '6', '["5","6","7","8"]', 'Un hexagone a 6 côtés.', 'Pense aux alvéoles des abeilles.'),
    (22, 'Périmètre du terrain',        'GEOMETRIE',      'PADAWAN',   'geometrie,perimetre',    '8-10', 'entrainement',2, 'Un terrain d''entraînement rectangulaire mesure 15 m sur 8 m. Quel est son périmètre en mètres ?', '46', '["23","46","120","38"]', '2 × (15 + 8) = 46 m.', 'Le périmètre est le tour complet.'),
    (23, 'Aire du hangar',              'GEOMETRIE',      'CHEVALIER', 'geometrie,aire',         '10-12','espace',   3, 'Quelle est l''aire, en m², d''un triangle de base 14 m et de hauteur 9 m ?', '63', '["46","63","126","23"]', '(14 × 9) ÷ 2 = 63 m².', 'Aire du triangle = base × hauteur ÷ 2.'),
    (24, 'Le théorème de Pythagore',    'GEOMETRIE',      'MAITRE',    'geometrie,pythagore',    '12-14','technologie',4, 'Un triangle rectangle a des côtés de l''angle droit de 6 cm et 8 cm. Quelle est la longueur de l''hypoténuse en cm ?', '10', '["9","10","12","14"]', '6² + 8² = 36 + 64 = 100 ; √100 = 10.', 'Calcule a² + b².'),
    (25, 'Les billes de Yoda',          'TEXTE',          'PADAWAN',   'probleme,lecture',       '8-10', 'quotidien',2, 'Yoda a 45 billes. Il en donne 12 à Luke et 9 à Leia. Combien lui en reste-t-il ?', '24', '["21","24","33","36"]', '45 - 12 - 9 = 24.', 'Additionne d''abord ce qu''il donne.'),
    (26, 'Le voyage en hyperespace',    'TEXTE',          'CHEVALIER', 'probleme,proportionnalite','10-12','voyage', 3, 'Un vaisseau consomme 15 litres de carburant pour 100 km. Combien en consomme-t-il pour 340 km ?', '51', '["45","48","51","54"]', '15 × 3,4 = 51 litres.', 'Combien pour 1 km ? pour 340 km ?'),
    (27, 'Mélange d''opérations',       'MIXTE',          'PADAWAN',   'priorites,calcul',       '8-10', 'archives', 2, 'Calcule 5 + 3 × 4.', '17', '["17","32","20","12"]', 'La multiplication est prioritaire : 3 × 4 = 12, puis 5 + 12 = 17.', 'Quelle opération fais-tu en premier ?'),
    (28, 'Le grand calcul',             'MIXTE',          'MAITRE',    'priorites,parentheses',  '12-14','archives', 4, 'Calcule (18 - 6) ÷ 3 + 2 × (7 - 4).', '10', '["6","10","14","18"]', '12 ÷ 3 = 4 ; 2 × 3 = 6 ; 4 + 6 = 10.', 'Commence par les parenthèses.'),
    (29, 'Nombres pairs',               'DIVERS',         'INITIE',    'nombres,parite',         '6-8',  'archives', 1, 'Lequel de ces nombres est pair : 7, 13, 18 ou 21 ?', '18', '["7","13","18","21"]', '18 se termine par 8 : il est pair.', 'Un nombre pair se termine par 0, 2, 4, 6 ou 8.'),
    (30, 'Ancien exercice archivé',     'DIVERS',         'PADAWAN',   'nombres,arrondi',        '8-10', 'archives', 2, 'Arrondis 2 748 à la centaine la plus proche.', '2700', '["2700","2750","2800","3000"]', 'Le chiffre des dizaines est 4 : on arrondit à 2 700.', 'Regarde le chiffre des dizaines.')
) AS e(n, title, exercise_type, difficulty, tags, age_group, context_theme, complexity,
       question, correct_answer, choices, explanation, hint)
ORDER BY e.n;

-- ------------------------------------------------------------ attempts (200)
-- Padawans (14) answer the 29 active exercises; about 70 % correct answers.
WITH p AS (
    SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n
    FROM users WHERE role = 'PADAWAN'
), x AS (
    SELECT id, correct_answer, choices, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n
    FROM exercises WHERE is_active
), g AS (
    SELECT g FROM generate_series(1, 200) AS g
)
INSERT INTO attempts (user_id, exercise_id, user_answer, is_correct, time_spent,
                      attempt_number, hints_used, device_info, created_at)
SELECT p.id,
       x.id,
       CASE WHEN (g.g * 13) % 10 < 7 THEN x.correct_answer
            ELSE coalesce((SELECT c FROM json_array_elements_text(x.choices) AS c
                           WHERE c <> x.correct_answer
                           ORDER BY c LIMIT 1), '0')
       END,
       (g.g * 13) % 10 < 7,
       round((8 + (g.g * 37) % 110 + ((g.g * 7) % 10) / 10.0)::numeric, 1)::double precision,
       1 + (g.g / 100),
       CASE WHEN (g.g * 13) % 10 >= 7 THEN g.g % 3 ELSE (g.g % 5 = 0)::int END,
       (ARRAY['tablette', 'ordinateur', 'mobile'])[1 + g.g % 3],
       now() - make_interval(days => 60 - g.g / 4, hours => (g.g * 5) % 24, mins => (g.g * 17) % 60)
FROM g
JOIN p ON p.k = (g.g * 3) % p.n
JOIN x ON x.k = (g.g * 7 + g.g / 29) % x.n
ORDER BY g.g;

-- ------------------------------------------------------------ progress
-- One row per (padawan, exercise type) with at least 3 attempts, computed from
-- the attempts above; difficulty is the level the padawan practised most.
INSERT INTO progress (user_id, exercise_type, difficulty, total_attempts, correct_attempts,
                      average_time, completion_rate, streak, highest_streak, concept_mastery,
                      learning_curve, last_active_date, mastery_level, awards, strengths,
                      areas_to_improve, recommendations, last_updated)
SELECT a.user_id,
       e.exercise_type::text,
       mode() WITHIN GROUP (ORDER BY e.difficulty::text),
       count(*),
       count(*) FILTER (WHERE a.is_correct),
       round(avg(a.time_spent)::numeric, 1)::double precision,
       round(100.0 * count(*) FILTER (WHERE a.is_correct) / count(*), 1)::double precision,
       count(*) FILTER (WHERE a.is_correct) % 3,
       count(*) FILTER (WHERE a.is_correct),
       json_build_object('calcul', round(1.0 * count(*) FILTER (WHERE a.is_correct) / count(*), 2)),
       json_build_array(count(*) FILTER (WHERE a.is_correct), count(*)),
       max(a.created_at),
       1 + (4 * count(*) FILTER (WHERE a.is_correct)) / count(*),
       CASE WHEN count(*) FILTER (WHERE a.is_correct) = count(*) THEN '["Sans faute"]'::json ELSE '[]'::json END,
       CASE WHEN count(*) FILTER (WHERE a.is_correct) * 2 >= count(*) THEN 'Bonne maîtrise : ' || lower(e.exercise_type::text) END,
       CASE WHEN count(*) FILTER (WHERE a.is_correct) * 2 < count(*) THEN 'À revoir : ' || lower(e.exercise_type::text) END,
       'Continuer au niveau ' || mode() WITHIN GROUP (ORDER BY e.difficulty::text),
       max(a.created_at)
FROM attempts a
JOIN exercises e ON e.id = a.exercise_id
GROUP BY a.user_id, e.exercise_type
HAVING count(*) >= 3
ORDER BY a.user_id, e.exercise_type;

-- ------------------------------------------------------- logic_challenges (10)
INSERT INTO logic_challenges (title, description, challenge_type, age_group, difficulty,
                              content, question, solution, correct_answer, choices,
                              solution_explanation, visual_data, hints, is_active, creator_id,
                              created_at, difficulty_rating, estimated_time_minutes,
                              success_rate, tags, is_template, is_archived, view_count)
SELECT c.title, c.description, c.challenge_type::logicchallengetype, c.age_group::agegroup,
       c.difficulty, NULL, c.question, c.correct_answer, c.correct_answer, c.choices::json,
       c.explanation, c.visual_data::json, c.hints::json, true,
       (SELECT id FROM users WHERE username = 'maitre.lefebvre'),
       now() - make_interval(days => 120 - c.n * 5),
       c.rating, c.minutes, NULL, c.tags, false, false, c.n * 11
FROM (VALUES
    ( 1, 'La suite des holocrons', 'Trouve la logique de la suite de nombres.', 'SEQUENCE', 'AGE_9_12', 'facile',
      'Quel nombre vient ensuite : 2, 4, 8, 16, … ?', '32', '["18","24","32","64"]',
      'Chaque nombre est le double du précédent : 16 × 2 = 32.', NULL, '["Compare chaque nombre au précédent.","Multiplie."]', 1.5, 3, 'suite,doubles'),
    ( 2, 'Les motifs du temple', 'Observe le motif qui se répète.', 'PATTERN', 'AGE_9_12', 'facile',
      'Triangle, carré, cercle, triangle, carré, … Quelle forme vient ensuite ?', 'cercle', '["triangle","carré","cercle","étoile"]',
      'Le motif triangle-carré-cercle se répète.', '{"formes": ["triangle","carre","cercle","triangle","carre"]}', '["Combien de formes avant que le motif recommence ?"]', 1.2, 2, 'motif,formes'),
    ( 3, 'Le cube déplié', 'Visualise un cube à partir de son patron.', 'SPATIAL', 'AGE_12_13', 'moyen',
      'Sur le patron d''un dé, quelle face est opposée au 1 ?', '6', '["2","3","5","6"]',
      'Sur un dé, les faces opposées font toujours 7 : 1 est opposé à 6.', '{"patron": "croix", "faces": [1,2,3,4,5,6]}', '["Sur un dé, additionne les faces opposées."]', 2.5, 5, 'espace,cube'),
    ( 4, 'L''énigme du passeur', 'Une énigme classique de traversée.', 'PUZZLE', 'AGE_12_13', 'moyen',
      'Un passeur doit traverser un loup, une chèvre et un chou ; la barque ne prend qu''un passager. Combien de traversées au minimum ?', '7', '["5","6","7","9"]',
      'Chèvre, retour, loup, retour avec la chèvre, chou, retour, chèvre : 7 traversées.', NULL, '["La chèvre peut revenir en arrière."]', 3.0, 8, 'enigme,strategie'),
    ( 5, 'Le mot mystère', 'Une devinette à résoudre.', 'RIDDLE', 'AGE_9_12', 'facile',
      'Plus j''ai de gardiens, moins je suis gardé. Plus j''en ai, moins je suis secret. Qui suis-je ?', 'un secret', '["un trésor","un secret","une porte","un temple"]',
      'Un secret partagé par beaucoup n''est plus un secret.', NULL, '["Pense à quelque chose qu''on confie."]', 2.0, 4, 'devinette,mots'),
    ( 6, 'Qui pilote quel vaisseau ?', 'Déduis qui pilote chaque vaisseau à partir des indices.', 'DEDUCTION', 'AGE_13_PLUS', 'difficile',
      'Ana, Ben et Chloé pilotent un chasseur, une navette et un cargo. Ana ne pilote pas le cargo ; Ben pilote la navette. Qui pilote le cargo ?', 'Chloé', '["Ana","Ben","Chloé"]',
      'Ben a la navette ; Ana n''a pas le cargo donc le chasseur ; Chloé a le cargo.', '{"grille": ["chasseur","navette","cargo"]}', '["Commence par l''indice le plus sûr."]', 3.5, 6, 'deduction,grille'),
    ( 7, 'Pile ou face', 'Un peu de probabilités.', 'PROBABILITY', 'AGE_13_PLUS', 'moyen',
      'On lance deux pièces. Quelle est la probabilité d''obtenir deux fois pile ?', '1/4', '["1/2","1/3","1/4","2/3"]',
      'Quatre issues équiprobables (PP, PF, FP, FF) : une seule convient, soit 1/4.', NULL, '["Liste toutes les issues possibles."]', 3.0, 5, 'probabilites,hasard'),
    ( 8, 'Les routes de la galaxie', 'Trouve le plus court chemin dans un graphe.', 'GRAPH', 'AGE_13_PLUS', 'difficile',
      'A–B = 4, B–D = 5, A–C = 2, C–D = 8, C–B = 1. Quelle est la plus courte distance de A à D ?', '8', '["8","9","10","11"]',
      'A → C (2) → B (1) → D (5) = 8.', '{"aretes": [["A","B",4],["B","D",5],["A","C",2],["C","D",8],["C","B",1]]}', '["Un détour peut être plus court."]', 4.0, 10, 'graphe,chemin'),
    ( 9, 'Le robot programmé', 'Suis les instructions du droïde.', 'CODING', 'GROUP_10_12', 'moyen',
      'Un droïde part de 0. Il répète 3 fois : « ajouter 4 puis retirer 1 ». Où arrive-t-il ?', '9', '["3","9","12","15"]',
      'Chaque tour ajoute 3 : 3 × 3 = 9.', NULL, '["Que fait un seul tour de boucle ?"]', 2.5, 5, 'algorithme,boucle'),
    (10, 'Le cavalier Jedi', 'Un problème d''échecs simple.', 'CHESS', 'ALL_AGES', 'difficile',
      'Un cavalier est en b1. En combien de coups minimum peut-il atteindre c3 ?', '1', '["1","2","3","4"]',
      'Le cavalier se déplace en L : b1 → c3 en un seul coup.', '{"plateau": "8x8", "depart": "b1", "arrivee": "c3"}', '["Le cavalier se déplace en forme de L."]', 2.0, 3, 'echecs,cavalier')
) AS c(n, title, description, challenge_type, age_group, difficulty, question, correct_answer,
       choices, explanation, visual_data, hints, rating, minutes, tags)
ORDER BY c.n;

-- ---------------------------------------------- logic_challenge_attempts (40)
WITH p AS (
    SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n
    FROM users WHERE role = 'PADAWAN'
), c AS (
    SELECT id, correct_answer, choices, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n
    FROM logic_challenges
)
INSERT INTO logic_challenge_attempts (user_id, challenge_id, user_solution, is_correct,
                                      time_spent, hints_used, attempt_number, notes, created_at)
SELECT p.id,
       c.id,
       CASE WHEN (g * 7) % 10 < 6 THEN c.correct_answer
            ELSE coalesce((SELECT s FROM json_array_elements_text(c.choices) AS s
                           WHERE s <> c.correct_answer ORDER BY s LIMIT 1), '?')
       END,
       (g * 7) % 10 < 6,
       (45 + (g * 53) % 400)::double precision,
       g % 3,
       1,
       CASE WHEN g % 9 = 0 THEN 'A demandé de l''aide à son maître.' END,
       now() - make_interval(days => 40 - g, hours => (g * 7) % 24)
FROM generate_series(1, 40) AS g
JOIN p ON p.k = (g * 5) % p.n
JOIN c ON c.k = (g * 3 + g / 10) % c.n
ORDER BY g;

-- Keep the success_rate of each challenge consistent with its attempts.
UPDATE logic_challenges lc
SET success_rate = s.rate
FROM (SELECT challenge_id, round(avg(is_correct::int)::numeric, 2)::double precision AS rate
      FROM logic_challenge_attempts GROUP BY challenge_id) AS s
WHERE s.challenge_id = lc.id;

-- ------------------------------------------------------------ settings (6)
INSERT INTO settings (key, value, value_json, description, category, is_system, is_public,
                      created_at, updated_at)
VALUES
    ('app.nom', 'Mathakine', NULL, 'Nom affiché de l''application', 'general', true, true, now() - interval '200 days', now() - interval '200 days'),
    ('app.langue_defaut', 'fr', NULL, 'Langue par défaut de l''interface', 'general', true, true, now() - interval '200 days', now() - interval '200 days'),
    ('exercices.par_session', '10', NULL, 'Nombre d''exercices proposés par session', 'exercices', false, true, now() - interval '150 days', now() - interval '20 days'),
    ('exercices.indices_max', '3', NULL, 'Nombre maximal d''indices par exercice', 'exercices', false, true, now() - interval '150 days', now() - interval '150 days'),
    ('securite.session_minutes', '60', NULL, 'Durée d''une session avant reconnexion (minutes)', 'securite', true, false, now() - interval '200 days', now() - interval '90 days'),
    ('recommandations.poids', NULL, '{"erreurs_recentes": 0.5, "niveau": 0.3, "nouveaute": 0.2}', 'Pondération du moteur de recommandations', 'recommandations', false, false, now() - interval '100 days', now() - interval '10 days');

-- ------------------------------------------------------- recommendations
-- For each padawan with a wrong answer: suggest retrying that exercise
-- (one per padawan, the most recent failure).
INSERT INTO recommendations (user_id, exercise_id, exercise_type, difficulty, priority, reason,
                             is_completed, shown_count, clicked_count, last_clicked_at,
                             completed_at, created_at, updated_at)
SELECT DISTINCT ON (a.user_id)
       a.user_id,
       a.exercise_id,
       e.exercise_type::text,
       e.difficulty::text,
       1 + a.user_id % 5,
       'Réessaie « ' || e.title || ' » : ta dernière réponse était incorrecte.',
       a.user_id % 4 = 0,
       1 + a.user_id % 6,
       a.user_id % 3,
       CASE WHEN a.user_id % 3 > 0 THEN a.created_at + interval '1 day' END,
       CASE WHEN a.user_id % 4 = 0 THEN a.created_at + interval '2 days' END,
       a.created_at + interval '1 hour',
       a.created_at + interval '1 hour'
FROM attempts a
JOIN exercises e ON e.id = a.exercise_id
WHERE NOT a.is_correct
ORDER BY a.user_id, a.created_at DESC;
