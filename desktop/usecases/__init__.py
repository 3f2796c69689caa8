"""The use cases: the one layer the command line and the window both call."""
