"""The public namespaces export exactly the intended names, and every exported name exists."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "kzsocial": {"KzSocialError", "__version__"},
    "kzsocial.calendar": {
        "AddHoliday", "CalendarOverrides", "CancelHoliday", "CountingPolicy", "CountingRule", "DayExplanation",
        "DayFact", "DayFactKind", "Deadline", "ExtraDayOff", "Interval", "KurbanAit", "LegalSource", "LocalText",
        "OfficeHours", "Override", "StagedTerm", "Term", "TermStage", "TermUnit", "TraceStep", "Transfer",
        "WorkCalendar", "compute_deadline", "default_calendar", "parse_time", "shipped_overrides",
        "six_day_calendar", "term_text",
    },
    "kzsocial.cases": {
        "BAD_CELLS", "CASE_LOG_COLUMNS", "PERIODS", "REASON_CODES", "AuditReport", "BulkDeadlines", "CaseLogColumn",
        "IndicatorResult", "audit", "audit_dask", "bulk_deadlines", "case_results", "classify", "combine_counts",
        "indicator_counts", "indicators", "read_case_log", "write_case_log",
    },
        "kzsocial.text": {
        "KAZAKH_LETTERS", "MAX_QUERY_LENGTH", "Lexicon", "SearchResult", "WordMatch", "join_lines", "restore_spacing",
    },
    "kzsocial.testing": {
        "EXECUTOR", "KAZAKH_TIME_ZONES", "MAX_DATE", "MIN_DATE", "OFFICER", "REGISTERED_TYPES", "TERM_LIMITS",
        "SampleApplicant", "SampleCase", "applicant_profiles", "calendars", "cases", "dates", "document_sets",
        "office_hours", "offices", "persons", "profile_tags", "register_strategies", "sample_applicants",
        "sample_case", "services", "staged_terms", "submission_moments", "synthetic_case_log", "terms",
        "STAND_IN_DAYS", "stand_in_due", "assert_closed", "assert_day_off", "assert_documents", "assert_due",
        "assert_holiday", "assert_open", "assert_working_day",
    },
    "kzsocial.errors": {
        "DataValidationError", "DateOutOfRangeError", "InvalidInputError", "InvalidTypeError", "KzSocialError",
        "MissingDocumentsError", "MissingExtraError", "MissingFieldsError", "MissingPlaceholdersError",
        "NotFoundError", "UnknownCategoryError", "UnknownOfficeError", "UnknownServiceError",
        "ControlCharacterError", "QueryTooLongError", "UnknownActError", "UnknownRegionError",
        "NoTermError", "NotStatedError", "SerializationError", "error_classes",
        "TextNotStatedError", "UnknownDocumentError",
    },
    "kzsocial.serde": {
        "DictForm", "cattrs_converter", "derived_fields", "from_dict", "from_json", "json_kind", "public_types",
        "to_dict", "to_json",
    },
    "kzsocial.provenance": {
        "TRANSLATION_PROVENANCE", "DataIssue", "FieldSource", "LocalizedText", "Severity", "Source", "SourcedText",
    },
    "kzsocial.services": {
        "Amendment", "ApplicantCategory", "ApplicantProfile", "ApplicantQuestion", "ApplicationForm", "AutomationForm",
        "Catalog", "CategoryKind", "Channel", "Condition", "applicant_categories", "applicant_category",
        "ConditionalDuration", "DocumentCheck", "EntryIntoForce", "Signatory",
        "DocumentForm", "DocumentHandling", "DocumentRequirement", "Fee", "FeeKind", "LegalAct", "ListedService",
        "OfficeLink", "OfficeRole", "Premises", "ProcessStep", "PublicationPlace",
        "QualityIndicator", "QualityValue", "QueueLimit", "QueueQualifier", "QueueRules", "QueueStage",
        "Registration", "Repeal",
        "ServiceDefinition", "ServiceKind", "ServiceTerm", "Statement", "StepActor", "StepDuration", "StepRule",
        "StepTiming", "SuppliedDocuments", "TalonField",
        "TalonKind", "TalonSpec", "TermRole", "TermStart", "Timeline", "catalog", "check_documents", "hours_for",
        "service_deadline", "timeline",
    },
    "kzsocial.registry": {
        "EffectiveHours", "Email", "HoursSource", "Office", "OfficeHead", "OfficeKind", "OfficeRegistry",
        "OfficeSubunit", "Phone", "PhoneKind", "ReceptionSchedule", "ReceptionSlot", "ServiceWindow", "Website",
        "check_email", "check_website", "hours_text", "normalize_phone", "offices",
    },
    "kzsocial.api": {"check_serve_arguments", "create_app", "paths", "serve"},
    "kzsocial.export": {"EXPORT_FORMAT", "FORMATS", "from_dict", "generated_schema", "schema", "to_dict", "to_json"},
    "kzsocial.schema": {"SCHEMA_DIALECT", "json_schema", "openapi", "shipped_schema", "type_names"},
    "kzsocial.loader": {
        "DATA_PACK_GROUP", "DataProblem", "LoadedData", "act_folders", "data_pack_folders", "load_catalog",
        "load_data", "packaged_folders", "validate",
    },
    "kzsocial.notices": {
        "TEMPLATES", "EmailMessage", "Html", "Notice", "NoticeChannel", "NoticeKind", "NoticeTemplate", "NoticeValue",
        "Person", "RefusalReceipt", "SmsCount", "SmsMessage", "Talon", "TalonDocument", "build_receipt_or_refusal",
        "build_refusal_receipt", "build_talon", "documents_accepted", "documents_missing", "format_date",
        "format_datetime", "pickup_event", "reception_reminder", "refusal", "result_ready", "sms_count", "talon_qr",
        "talon_qr_svg", "term_extended", "count_phrase", "plural_category", "plural_form",
    },
}


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_exports_are_exactly_the_intended_names(module: str) -> None:
    mod = importlib.import_module(module)
    assert set(mod.__all__) == PUBLIC[module]
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name} is exported but missing"


def test_every_public_error_is_a_library_error() -> None:
    import kzsocial.errors as errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        if not isinstance(cls, type):
            continue
        assert issubclass(cls, errors.KzSocialError)
        if cls is not errors.KzSocialError:
            assert issubclass(cls, (ValueError, TypeError, LookupError, ImportError)), name
