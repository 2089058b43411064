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
"""The installed library's version (PEP 440), also printed by ``kzsocial --version``; the data's versions are separate
(``docs/versioning.md``)."""
