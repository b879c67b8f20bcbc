"""YPSI Desktop: an encrypted case recorder for designated safeguarding leads.

Layers import one way only: domain <- storage <- services <- gui (see tests/unit/test_layering.py).
"""

__version__ = "0.1.0"
APP_NAME = "YPSI Desktop"
