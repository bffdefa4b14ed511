"""Lapwing: dated news reports in, PLOVER-coded political events out."""
__version__ = "0.1.0"
