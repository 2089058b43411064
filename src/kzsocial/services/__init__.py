"""Typed service definitions from the acts, and the catalogue.

>>> from kzsocial.services import catalog
>>> svc = catalog().search("жұмыссыз азаматтарды тіркеу")[0]
>>> svc.id, str(svc.main_term.term)
('karaganda-2008/unemployed-registration', '10 calendar days')

Importing this package is cheap: each module loads on first use of one of its names, so reading one act (the
command line's ``deadline SERVICE``) loads the definitions it builds but not the catalogue and its search index
(issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kzsocial._public import lazy_exports, register_public
from kzsocial.registry._service_view import register_packaged_services

if TYPE_CHECKING:
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

_LAZY = {
    **dict.fromkeys(
        ("Amendment", "EntryIntoForce", "LegalAct", "ListedService", "Registration", "Repeal", "Signatory"),
        "_act",
    ),
    **dict.fromkeys(("Catalog", "catalog"), "_catalog"),
    **dict.fromkeys(
        ("ApplicantCategory", "ApplicantQuestion", "CategoryKind", "applicant_categories", "applicant_category"),
        "_categories",
    ),
    **dict.fromkeys(
        ("AutomationForm", "ServiceDefinition", "ServiceKind", "hours_for", "service_deadline"),
        "_definition",
    ),
    **dict.fromkeys(("DocumentCheck", "check_documents"), "_document_check"),
    **dict.fromkeys(
        ("ApplicantProfile", "Channel", "Condition", "DocumentForm", "DocumentHandling", "DocumentRequirement"),
        "_documents",
    ),
    **dict.fromkeys(("Fee", "FeeKind"), "_fee"),
    "ApplicationForm": "_forms",
    **dict.fromkeys(("OfficeLink", "OfficeRole"), "_office_roles"),
    "Premises": "_premises",
    **dict.fromkeys(("ConditionalDuration", "ProcessStep", "StepActor", "StepDuration"), "_process"),
    "PublicationPlace": "_publication",
    **dict.fromkeys(("QualityIndicator", "QualityValue"), "_quality"),
    **dict.fromkeys(("QueueLimit", "QueueQualifier", "QueueRules", "QueueStage"), "_queue"),
    "Statement": "_statement",
    "SuppliedDocuments": "_supplied",
    **dict.fromkeys(("TalonField", "TalonKind", "TalonSpec"), "_talon_spec"),
    **dict.fromkeys(("ServiceTerm", "TermRole", "TermStart"), "_terms"),
    **dict.fromkeys(("StepRule", "StepTiming", "Timeline", "timeline"), "_timeline"),
}


if not TYPE_CHECKING:  # hidden from type checkers: they see the imports above, and a misspelt name stays an error
    __getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__, globals())


def _packaged_catalog() -> Any:
    """The packaged catalogue, loaded with its module on first use (the registry's forms that name a service by id
    reach it so; :mod:`kzsocial.services._catalog` registers itself the same way when it loads)."""
    from kzsocial.services._catalog import catalog

    return catalog()


register_packaged_services(_packaged_catalog)
register_public(__name__)  # kzsocial.serde.public_types() lists this package's values (without loading serde)
