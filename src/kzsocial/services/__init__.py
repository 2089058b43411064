"""Typed service definitions from the acts, and the catalogue.

>>> from kzsocial.services import catalog
>>> svc = catalog().search("жұмыссыз азаматтарды тіркеу")[0]
>>> svc.id, str(svc.main_term.term)
('karaganda-2008/unemployed-registration', '10 calendar days')
"""

from kzsocial.services._act import (
    Amendment,
    EntryIntoForce,
    LegalAct,
    ListedService,
    Registration,
    Repeal,
    Signatory,
)
from kzsocial.services._catalog import Catalog, catalog
from kzsocial.services._categories import (
    ApplicantCategory,
    ApplicantQuestion,
    CategoryKind,
    applicant_categories,
    applicant_category,
)
from kzsocial.services._deadline import hours_for, service_deadline
from kzsocial.services._definition import (
    ApplicationForm,
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
    SuppliedDocuments,
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
from kzsocial.services._timeline import StepRule, StepTiming, Timeline, timeline

__all__ = [
    "Amendment",
    "ApplicantCategory",
    "ApplicantProfile",
    "ApplicantQuestion",
    "ApplicationForm",
    "AutomationForm",
    "Catalog",
    "CategoryKind",
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
    "ListedService",
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
    "StepRule",
    "StepTiming",
    "SuppliedDocuments",
    "TalonField",
    "TalonKind",
    "TalonSpec",
    "TermRole",
    "TermStart",
    "Timeline",
    "applicant_categories",
    "applicant_category",
    "catalog",
    "check_documents",
    "hours_for",
    "service_deadline",
    "timeline",
]
