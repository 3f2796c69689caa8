"""The data file (SQLite; sqlite-utils to create and migrate it): opening safely, migrations,
reads, writes."""
