"""The only code that knows SQL: the diary file, its schema and migrations, backups and repositories."""
