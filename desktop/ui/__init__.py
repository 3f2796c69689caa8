"""The window (Qt). The only package that imports PySide6; it calls desktop.usecases."""
