"""The two migration projects the Alembic benchmark compares, generated on disk.

Both hold the same N trivial migrations, CREATE TABLE t_i (id int) for i = 1..N, with the
same revision ids (r1..rN), so that after either tool's `upgrade` the database has the same
tables and the same public.alembic_version row.
"""
import os
import textwrap


def write_ours(folder, count):
    """Writes NNNN_t_i.sql files in the format of README "Migrations"; returns the folder."""
    os.makedirs(folder, exist_ok=True)
    for i in range(1, count + 1):
        version = f"{i:04d}"
        with open(os.path.join(folder, f"{version}_t_{i}.sql"), "w", encoding="utf-8") as f:
            f.write(f"-- version: {version}\n-- title: t_{i}\n-- revision: r{i}\n\n"
                    f"-- migrate:up\nCREATE TABLE t_{i} (id int);\n\n"
                    f"-- migrate:down\nDROP TABLE t_{i};\n")
    return folder


# What `alembic init` generates, reduced to the online mode. The URL comes from the environment
# (BENCH_ALEMBIC_URL) so that it never sits in a file or an argv.
_ENV_PY = textwrap.dedent('''\
    import os
    from logging.config import fileConfig

    from alembic import context
    from sqlalchemy import create_engine, pool

    config = context.config
    if config.config_file_name is not None:
        fileConfig(config.config_file_name)

    engine = create_engine(os.environ["BENCH_ALEMBIC_URL"], poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()
    ''')

# The logging sections of the generated alembic.ini: INFO lines per migration on stderr, as a
# default project prints them.
_INI = textwrap.dedent('''\
    [alembic]
    script_location = {location}

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [formatters]
    keys = generic

    [logger_root]
    level = WARN
    handlers = console
    qualname =

    [logger_sqlalchemy]
    level = WARN
    handlers =
    qualname = sqlalchemy.engine

    [logger_alembic]
    level = INFO
    handlers =
    qualname = alembic

    [handler_console]
    class = StreamHandler
    args = (sys.stderr,)
    level = NOTSET
    formatter = generic

    [formatter_generic]
    format = %(levelname)-5.5s [%(name)s] %(message)s
    datefmt = %H:%M:%S
    ''')

_REVISION = textwrap.dedent('''\
    """t_{i}"""
    from alembic import op

    revision = "r{i}"
    down_revision = {down}
    branch_labels = None
    depends_on = None


    def upgrade():
        op.execute("CREATE TABLE t_{i} (id int)")


    def downgrade():
        op.execute("DROP TABLE t_{i}")
    ''')


def write_alembic(folder, count):
    """Writes alembic.ini, env.py and versions/r_i_t_i.py chained by down_revision; returns the ini path."""
    versions = os.path.join(folder, "versions")
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(folder, "env.py"), "w", encoding="utf-8") as f:
        f.write(_ENV_PY)
    ini = os.path.join(folder, "alembic.ini")
    with open(ini, "w", encoding="utf-8") as f:
        f.write(_INI.format(location=folder))
    for i in range(1, count + 1):
        down = "None" if i == 1 else f'"r{i - 1}"'
        with open(os.path.join(versions, f"r{i}_t_{i}.py"), "w", encoding="utf-8") as f:
            f.write(_REVISION.format(i=i, down=down))
    return ini
