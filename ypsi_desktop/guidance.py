"""The stable public path to the guidance engine: `from ypsi_desktop.guidance import assess`.

Other code and the acceptance checks import from here, so the engine can move inside the domain
package without breaking them.
"""

from ypsi_desktop.domain.guidance import RULES_VERSION, Assessment, assess

__all__ = ["RULES_VERSION", "Assessment", "assess"]
