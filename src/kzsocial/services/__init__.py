"""Typed service definitions from the acts, and the catalogue.

>>> from kzsocial.services import catalog
>>> svc = catalog().search("жұмыссыз азаматтарды тіркеу")[0]
>>> svc.id, str(svc.main_term.term)
('karaganda-2008/unemployed-registration', '10 calendar days')
"""

from kzsocial.serde import register_public
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
from kzsocial.services._definition import (
    AutomationForm,
    ServiceDefinition,
    ServiceKind,
    hours_for,
    service_deadline,
)
from kzsocial.services._document_check import DocumentCheck, check_documents
from kzsocial.services._documents import (
    ApplicantProfile,
    Channel,
    Condition,
    DocumentForm,
    DocumentHandling,
    DocumentRequirement,
)
from kzsocial.services._fee import Fee, FeeKind
from kzsocial.services._forms import ApplicationForm
from kzsocial.services._office_roles import OfficeLink, OfficeRole
from kzsocial.services._premises import Premises
from kzsocial.services._process import ConditionalDuration, ProcessStep, StepActor, StepDuration
from kzsocial.services._publication import PublicationPlace
from kzsocial.services._quality import QualityIndicator, QualityValue
from kzsocial.services._queue import QueueLimit, QueueQualifier, QueueRules, QueueStage
from kzsocial.services._statement import Statement
from kzsocial.services._supplied import SuppliedDocuments
from kzsocial.services._talon_spec import TalonField, TalonKind, TalonSpec
from kzsocial.services._terms import ServiceTerm, TermRole, TermStart
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
    "OfficeLink",
    "OfficeRole",
    "Premises",
    "ProcessStep",
    "PublicationPlace",
    "QualityIndicator",
    "QualityValue",
    "QueueLimit",
    "QueueQualifier",
    "QueueRules",
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

register_public(__name__)  # kzsocial.serde.public_types() lists this module's values
