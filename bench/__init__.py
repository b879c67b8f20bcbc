"""Benchmarks: `python -m bench [NAME...]` prints one JSON object per figure on stdout.

Each figure is the median of interleaved repetitions beside the raw primitive it is built on
(plain SQLCipher, bare ReportLab, a bare Qt window), measured in the same run.
"""
