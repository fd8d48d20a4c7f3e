"""Exports of a store: iCalendar, TimeML, JSON Lines (the contract), CSV and Parquet tables."""
