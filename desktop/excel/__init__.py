"""The report workbook: writing, reading and checking the .xlsx files the offices exchange."""
