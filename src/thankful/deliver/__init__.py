"""Deliver: email through the person's own server (exactly once), .eml and mailto: for their own mail client,
PDF cards, envelopes and labels, and due dates as a calendar.

Modules are imported on use: `deliver.email`, `deliver.eml`, `deliver.cards`, `deliver.calendar`, `deliver.config`.
"""
