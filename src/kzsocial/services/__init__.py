"""Typed service definitions from the acts, and the catalogue.

>>> from kzsocial.services import catalog
>>> svc = catalog().search("жұмыссыз азаматтарды тіркеу")[0]  # doctest: +SKIP
"""

from kzsocial.services._act import Amendment, EntryIntoForce, LegalAct, Registration, Repeal, Signatory
from kzsocial.services._catalog import Catalog, catalog
from kzsocial.services._definition import (
    AutomationForm,
    ConditionalDuration,
    DocumentCheck,
    Fee,
    FeeKind,
    ProcessStep,
    QualityIndicator,
    QueueLimit,
    QueueQualifier,
    QueueStage,
    ServiceDefinition,
    ServiceKind,
    ServiceTerm,
    Statement,
    StepActor,
    StepDuration,
    TalonField,
    TalonKind,
    TalonSpec,
    TermRole,
    TermStart,
    check_documents,
)
from kzsocial.services._documents import (
    ApplicantProfile,
    Channel,
    Condition,
    DocumentForm,
    DocumentHandling,
    DocumentRequirement,
)

__all__ = [
    "Amendment",
    "ApplicantProfile",
    "AutomationForm",
    "Catalog",
    "Channel",
    "Condition",
    "ConditionalDuration",
    "DocumentCheck",
    "DocumentForm",
    "DocumentHandling",
    "DocumentRequirement",
    "EntryIntoForce",
    "Fee",
    "FeeKind",
    "LegalAct",
    "ProcessStep",
    "QualityIndicator",
    "QueueLimit",
    "QueueQualifier",
    "QueueStage",
    "Registration",
    "Repeal",
    "ServiceDefinition",
    "ServiceKind",
    "ServiceTerm",
    "Signatory",
    "Statement",
    "StepActor",
    "StepDuration",
    "TalonField",
    "TalonKind",
    "TalonSpec",
    "TermRole",
    "TermStart",
    "catalog",
    "check_documents",
]
