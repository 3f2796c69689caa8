"""The data file (SQLite through sqlite-utils): opening safely, migrations, reads, writes."""
