"""Awareness-training quiz: grounded questions about espionage recruitment patterns, warning
signs and reporting channels, generated from case material."""

__version__ = "0.1.0"
