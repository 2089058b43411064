"""kzsocial: Kazakhstan's legal acts on state social services, as typed Python.

Subpackages, one import per concept:

- :mod:`kzsocial.calendar`: the work calendar, office hours, terms and deadlines;
- :mod:`kzsocial.services`: typed service definitions and the catalogue;
- :mod:`kzsocial.registry`: the offices;
- :mod:`kzsocial.errors`: the exceptions.
"""

from kzsocial.errors import KzSocialError

__all__ = ["KzSocialError", "__version__"]

__version__ = "0.1.0"
