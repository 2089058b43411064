"""Where every recorded fact comes from, and what is wrong with it.

A :class:`Source` points at a line of an act's seed text and keeps the phrase exactly as printed; a
:class:`DataIssue` records, in plain words, a defect of the act that matters to a user. Nothing is fixed
silently: the raw value stays, a normalised value goes beside it, and an issue says why.

>>> s = Source("000_24378b1da5dcbe4b.txt", 104, "10 күнтізбелік күннен кешіктірілмей")
>>> str(s)
'000_24378b1da5dcbe4b.txt:104'
>>> DataIssue("ambiguous-unit", "The act says «күн» without calendar or working.", source=s).severity
<Severity.WARNING: 'warning'>
"""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs
from attrs import frozen

from kzsocial._checks import brief, check_language
from kzsocial.errors import InvalidInputError, InvalidTypeError, TextNotStatedError
from kzsocial.serde import DictForm, register_public

__all__ = ["TRANSLATION_PROVENANCE", "DataIssue", "FieldSource", "LocalizedText", "Severity", "Source", "SourcedText"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"{attribute.name} must be an int (a 1-based line number), got {type(value).__name__}")
    if value < 1:
        raise InvalidInputError(f"{attribute.name} must be a 1-based line number, got {value}")


@frozen
class Source:
    """A phrase of an act: the seed file, its 1-based line (or lines) and the text exactly as printed."""

    file: str
    """The act's text file under ``sources/`` (``000_24378b1da5dcbe4b.txt`` is Karaganda 2008, ...), the seed the data
    was taken from."""
    line: int = attrs.field(validator=_positive)
    """The 1-based line of ``file`` where the phrase starts."""
    text: str
    """The phrase exactly as printed on those lines (misprints and all); ``tools/check_sources.py`` checks it against
    the file."""
    end_line: int | None = None
    """The last line when the phrase runs over several lines; ``None`` for a phrase on one line."""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.file, str) or not isinstance(self.text, str):
            bad = "file" if not isinstance(self.file, str) else "text"
            raise InvalidTypeError(f"a source's {bad} must be a str, got {type(getattr(self, bad)).__name__}")
        if self.end_line is not None and (isinstance(self.end_line, bool) or not isinstance(self.end_line, int)):
            raise InvalidTypeError(f"end_line must be an int or None, got {type(self.end_line).__name__}")
        if self.end_line is not None and self.end_line < self.line:
            raise InvalidInputError(f"end_line {self.end_line} is before line {self.line}")
        if not self.text:
            raise InvalidInputError(f"a source phrase must not be empty ({self.file}:{self.line})")

    def __str__(self) -> str:
        if self.end_line is not None and self.end_line != self.line:
            return f"{self.file}:{self.line}-{self.end_line}"
        return f"{self.file}:{self.line}"

    def found_in(self, lines: list[str]) -> bool:
        """Whether :attr:`text` stands on its line(s) of ``lines`` (the seed split on ``\\n``)."""
        if isinstance(lines, str) or not isinstance(lines, list | tuple):
            raise InvalidTypeError(f"lines must be a list of str (the seed split on '\\n'), got {type(lines).__name__}")
        end = self.end_line or self.line
        if end > len(lines):
            return False
        if not all(isinstance(line, str) for line in lines[self.line - 1 : end]):
            raise InvalidTypeError("lines must be a list of str")
        return self.text in "\n".join(lines[self.line - 1 : end])


class Severity(enum.Enum):
    """How much a data issue matters: ``info`` (a derivation worth knowing), ``warning``, ``error``."""

    INFO = "info"
    """A derivation worth knowing, not a defect (an area code inferred from the settlement, a phrase joined across
    lines)."""
    WARNING = "warning"
    """The act is wrong or unclear here and the library reads it one way (a misprint, a broken email, two sets of
    hours); the raw value is kept."""
    ERROR = "error"
    """The fact cannot be used as printed (contradictory, or unreadable); the record carries it without a usable
    value."""


_CODE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def _check_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError(f"a data issue code is a str, got {type(value).__name__}")
    if not _CODE.match(value):
        raise InvalidInputError(f"a data issue code is lower-case words joined by '-', got {brief(value)}")


def _check_translation(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidTypeError(f"{attribute.name} must be a str or None, got {type(value).__name__}")
    if not value.strip() or value != value.strip():
        raise InvalidInputError(
            f"{attribute.name} must be a non-empty text without surrounding spaces, got {brief(value)}"
        )


@frozen
class DataIssue(DictForm):
    """A defect of an act, recorded on the record it affects: a code, a plain-words message, its source.

    The message is written in English; :meth:`text` gives it in Kazakh and Russian too, translations made for the
    library and marked as such (:meth:`provenance`), never the act's words.

    >>> i = DataIssue("typo", "«күнтізбелік» is printed «күнтізбелк»", message_ru="«күнтізбелік» напечатано с ошибкой")
    >>> i.text("ru"), i.provenance("ru"), i.provenance("en")
    ('«күнтізбелік» напечатано с ошибкой', 'translation by kzsocial', None)
    >>> i.text("kk")  # no Kazakh text: the English message
    '«күнтізбелік» is printed «күнтізбелк»'
    """

    code: str = attrs.field(validator=_check_code)
    """The kind of defect, a stable lower-case code (``misprint``, ``wrong-contact``, ``inconsistent-hours``, ...;
    ``docs/data-issues.md`` lists them with their records)."""
    message: str
    """What is wrong, in plain English words a user can read, naming the raw value and how the library reads it."""
    severity: Severity = Severity.WARNING
    """How much it matters: ``info`` (a derivation worth knowing), ``warning`` (the default: the act is wrong or
    unclear) or ``error`` (the fact cannot be used as printed)."""
    source: Source | None = None
    """The act's phrase the issue is about (file, line, text as printed); ``None`` when the issue concerns the whole
    record."""
    related: tuple[Source, ...] = ()
    """Other places of the act the issue involves (the paragraph it contradicts, the copy it repeats)."""
    message_kk: str | None = attrs.field(default=None, validator=_check_translation)
    """The message in Kazakh: a translation by kzsocial (the act's folder ``translations.json``), or None."""
    message_ru: str | None = attrs.field(default=None, validator=_check_translation)
    """The message in Russian: a translation by kzsocial (the act's folder ``translations.json``), or None."""

    def text(self, language: str, *, fallback: bool = True) -> str:
        """The message in ``language`` (``kk``, ``ru`` or ``en``): English is :attr:`message` as written, Kazakh
        and Russian the library's translations (:meth:`provenance`); English when missing and ``fallback``."""
        check_language(language)
        if language == "en":
            return self.message
        value = self.message_kk if language == "kk" else self.message_ru
        if value is None:
            if not fallback:
                raise TextNotStatedError(f"no {language!r} text for the data issue {self.message!r}")
            return self.message
        return value

    def is_translation(self, language: str) -> bool:
        """Whether the message in ``language`` is a translation by kzsocial (Kazakh and Russian, where given)."""
        check_language(language)
        return (self.message_kk if language == "kk" else self.message_ru if language == "ru" else None) is not None

    def provenance(self, language: str) -> str | None:
        """``"translation by kzsocial"`` for a translated message, ``None`` for the English one or a missing one."""
        return TRANSLATION_PROVENANCE if self.is_translation(language) else None

    def __str__(self) -> str:
        where = f" ({self.source})" if self.source else ""
        return f"[{self.severity.value}] {self.code}: {self.message}{where}"


TRANSLATION_PROVENANCE = "translation by kzsocial"
"""What a translated text's provenance says: the library's translation, not the act's wording."""


def _languages(value: object) -> frozenset[str]:
    if isinstance(value, str):
        raise InvalidInputError(f"translated is a set of languages ('ru', 'en'), not the str {value!r}")
    if not isinstance(value, frozenset | set | tuple | list):
        raise InvalidInputError(f"translated is a set of languages ('ru', 'en'), got {type(value).__name__}")
    if not all(isinstance(lang, str) for lang in value):
        raise InvalidInputError(f"translated is a set of languages ('ru', 'en'), got {brief(value)}")
    return frozenset(value)


@frozen
class LocalizedText:
    """A text in Kazakh (always, as the act words it) and in Russian and English where known.

    ``translated`` names the languages whose text is a translation made for the library («translation by
    kzsocial»: the act has no text in that language), never the act's wording; the act's own Russian (North
    Kazakhstan 2015) is not in it.

    >>> t = LocalizedText("Тұрғын үй көмегі", ru="Жилищная помощь")
    >>> t.get("ru"), t.get("en")
    ('Жилищная помощь', 'Тұрғын үй көмегі')
    >>> tr = LocalizedText("Тұрғын үй көмегі", ru="Жилищная помощь", translated={"ru"})
    >>> tr.is_translation("ru"), tr.is_translation("kk"), tr.provenance("ru")
    (True, False, 'translation by kzsocial')
    """

    kk: str
    """The Kazakh text, always present: the act's own wording (the acts are in Kazakh)."""
    ru: str | None = None
    """The Russian text: the act's own where it has one (North Kazakhstan 2015), else a translation made for the library
    (then ``ru`` is in ``translated``); ``None`` where none is known."""
    en: str | None = None
    """The English text, a translation made for the library where given (the acts have no English); ``None`` where none
    is known, and :meth:`get` falls back to Kazakh."""
    translated: frozenset[str] = attrs.field(default=frozenset(), converter=_languages)
    """The languages (``ru``, ``en``) whose text is a translation by kzsocial, not the act's text."""

    def __attrs_post_init__(self) -> None:
        for lang in self.translated:
            if lang not in ("ru", "en"):
                raise InvalidInputError(f"only 'ru' and 'en' can be translated (kk is the act's), got {brief(lang)}")
            if getattr(self, lang) is None:
                raise InvalidInputError(f"{lang!r} is marked translated but has no text ({self.kk!r})")

    def is_translation(self, language: str) -> bool:
        """Whether the text in ``language`` is a translation by kzsocial (``False`` for the act's own words)."""
        return check_language(language) in self.translated

    def provenance(self, language: str) -> str | None:
        """``"translation by kzsocial"`` for a translated text, ``None`` for the act's text or a missing one."""
        return TRANSLATION_PROVENANCE if self.is_translation(language) else None

    def get(self, language: str, *, fallback: bool = True) -> str:
        """The text in ``language`` (``kk``, ``ru`` or ``en``); Kazakh when missing and ``fallback`` is true."""
        check_language(language)
        value: str | None = getattr(self, language)
        if value is None:
            if not fallback:
                raise TextNotStatedError(f"no {language!r} text for {self.kk!r}; pass fallback=True for Kazakh")
            return self.kk
        return value

    def __str__(self) -> str:
        return self.kk

    def as_dict(self) -> dict[str, str | None]:
        """Deprecated: ``{"kk": ..., "ru": ..., "en": ...}``, what the calendar's former ``LocalText.as_dict()``
        gave; use :func:`kzsocial.serde.to_dict` (one naming rule: ``to_dict``)."""
        import warnings

        warnings.warn("LocalizedText.as_dict() is deprecated; use kzsocial.serde.to_dict()", DeprecationWarning, 2)
        return {"kk": self.kk, "ru": self.ru, "en": self.en}


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """The slot descriptors' setters of a frozen slotted class (they set a slot without the frozen guard)."""
    return tuple(cls.__dict__[name].__set__ for name in names)


SOURCE_SETTERS = _SOURCE_SET = _slot_setters(Source, ("file", "line", "text", "end_line"))
"""Internal: the slot setters of :class:`Source`'s fields, in order (the data reader builds sources with them, as
:func:`trusted_source` does)."""
_TEXT_SET = _slot_setters(LocalizedText, ("kk", "ru", "en", "translated"))
_NO_LANGUAGES: frozenset[str] = frozenset()


def trusted_source(file: str, line: int, text: str, end_line: int | None) -> Source:
    """Internal, for the data reader (``kzsocial._datafile``): the :class:`Source` of values that passed the very
    checks of ``Source.__init__`` already (``file`` and ``text`` str, ``text`` non-empty, ``line`` an int (not a
    bool) from 1, ``end_line`` None or such an int not before ``line``), built without checking them again.
    ``tests/model/test_trusted_constructors.py`` holds it equal to ``Source(...)``."""
    new = object.__new__(Source)
    set_file, set_line, set_text, set_end = _SOURCE_SET
    set_file(new, file)
    set_line(new, line)
    set_text(new, text)
    set_end(new, end_line)
    return new


def trusted_text(
    kk: str, ru: str | None = None, en: str | None = None, translated: frozenset[str] = _NO_LANGUAGES
) -> LocalizedText:
    """Internal, for the data reader and the translations overlay: the :class:`LocalizedText` of values that passed
    the checks of ``LocalizedText.__init__`` already (``translated`` a frozenset of ``"ru"``/``"en"``, each with
    its text), built without checking them again. ``tests/model/test_trusted_constructors.py`` holds it equal to
    ``LocalizedText(...)``."""
    new = object.__new__(LocalizedText)
    set_kk, set_ru, set_en, set_translated = _TEXT_SET
    set_kk(new, kk)
    set_ru(new, ru)
    set_en(new, en)
    set_translated(new, translated)
    return new


@frozen
class FieldSource:
    """Where the act prints one field of a record (``field`` names it, e.g. ``"date"`` or ``"name.ru"``)."""

    field: str
    """The field of the record the phrase gives, by its JSON name (``date``, ``issuer``, ``name.ru``, ``address``,
    ...)."""
    source: Source
    """Where the act prints it: file, line and the text exactly as printed."""


@frozen
class SourcedText:
    """A phrase of an act as text with its source (an alternative address, a signatory, ...)."""

    text: LocalizedText
    """The phrase's text (kk as printed; ru and en where known)."""
    source: Source
    """Where the act prints it."""


register_public(__name__)  # kzsocial.serde.public_types() lists this module's values
