"""The built-in notification templates: every kind of notice, in Kazakh and Russian, for SMS, email and portal.

Placeholders (filled by :class:`~kzsocial.notices.Notice` from typed values, formatted per language):

- every kind: ``greeting``, ``number`` (optional), ``service``, ``office``, ``office_address`` (optional),
  ``office_phone`` (optional);
- ``documents_accepted``: ``accepted_at``, ``due_at``, ``documents``, ``document_count``;
- ``result_ready``: ``ready_at``, ``pickup_day``, ``pickup_from`` and ``pickup_until`` (the office's open hours on
  the day the result can be collected; ``pickup_until`` is ``None`` when no hours are known);
- ``refusal``: ``decided_at``, ``grounds``, ``complaint`` (optional);
- ``documents_missing``: ``missing``;
- ``term_extended``: ``new_due_at``, ``previous_due_at`` (optional), ``reason`` (optional);
- ``reception_reminder``: ``who``, ``reception_date``, ``start`` and ``end`` (optional: the act may give no
  time or no end).

The portal line is the status shown in the citizen's personal cabinet («жеке кабинет» / «личный кабинет»).
"""

from __future__ import annotations

import enum

from kzsocial.notices._templates import NoticeTemplate

__all__ = ["TEMPLATES", "NoticeChannel", "NoticeKind", "builtin_template"]


class NoticeKind(enum.Enum):
    """The moments a citizen is told something."""

    DOCUMENTS_ACCEPTED = "documents_accepted"
    """The documents were accepted and registered: the talon's number and when the result is due."""
    RESULT_READY = "result_ready"
    """The result is ready to collect: where, and when the office is open to hand it over."""
    REFUSAL = "refusal"
    """The service is refused, with the act's grounds for refusal that apply."""
    DOCUMENTS_MISSING = "documents_missing"
    """Documents are missing: which ones, and where to bring them."""
    TERM_EXTENDED = "term_extended"
    """The term was extended (where the act allows it): the new due moment."""
    RECEPTION_REMINDER = "reception_reminder"
    """A reminder of a head's reception hours at the office (when, who receives, where)."""


class NoticeChannel(enum.Enum):
    """The channel a notice is sent on: SMS, e-mail or the portal's status line."""

    SMS = "sms"
    """A text message: short wording, counted in GSM-7 or UCS-2 segments (:class:`SmsMessage`)."""
    EMAIL = "email"
    """An email with a subject, a plain text and an HTML part (:class:`EmailMessage`)."""
    PORTAL = "portal"
    """The one-line status a portal shows beside the application."""


_NUM_KK = "((number??, № ((number))))"
_NUM_RU = _NUM_KK
_PLACE_KK = "((office))((office_address??, ((office_address))))((office_phone??, тел. ((office_phone))))"
_PLACE_RU = _PLACE_KK
_TIME_KK = "((start??, сағат ((start))((end??–((end))))))"
_TIME_RU = "((start??, с ((start))((end?? до ((end))))))"

# Pickup: the office's open hours that day («from … until …»); "not before" only when no hours are known.
_PICKUP_KK = (
    "((pickup_day)), ((pickup_until??сағат ((pickup_from))-ден ((pickup_until))-ге дейін))"
    "((no_hours??сағат ((pickup_from))-ден ерте емес))"
)
_PICKUP_RU = (
    "((pickup_day)), ((pickup_until??с ((pickup_from)) до ((pickup_until))))((no_hours??не ранее ((pickup_from))))"
)

_K, _C = NoticeKind, NoticeChannel

_RAW: dict[tuple[NoticeKind, NoticeChannel, str], tuple[str | None, str]] = {
    # ------------------------------------------------------------------------------------ documents accepted
    (_K.DOCUMENTS_ACCEPTED, _C.SMS, "kk"): (
        None,
        f"Құжаттарыңыз қабылданды{_NUM_KK}. Нәтиже мерзімі: ((due_at)).",
    ),
    (_K.DOCUMENTS_ACCEPTED, _C.SMS, "ru"): (
        None,
        f"Ваши документы приняты{_NUM_RU}. Срок результата: ((due_at)).",
    ),
    (_K.DOCUMENTS_ACCEPTED, _C.EMAIL, "kk"): (
        "Құжаттарыңыз қабылданды: ((service))",
        "((greeting))\n\n"
        f"«((service))» мемлекеттік қызметін алуға құжаттарыңыз қабылданды{_NUM_KK}.\n"
        "Қабылданған күні мен уақыты: ((accepted_at)).\n\n"
        "Қабылданған құжаттар (саны: ((document_count))):\n\n((documents))\n\n"
        "Нәтижені алу мерзімі: ((due_at)).\n"
        f"Нәтижені алу орны: {_PLACE_KK}.",
    ),
    (_K.DOCUMENTS_ACCEPTED, _C.EMAIL, "ru"): (
        "Ваши документы приняты: ((service))",
        "((greeting))\n\n"
        f"Ваши документы на получение государственной услуги «((service))» приняты{_NUM_RU}.\n"
        "Дата и время приёма: ((accepted_at)).\n\n"
        "Принятые документы (количество: ((document_count))):\n\n((documents))\n\n"
        "Срок получения результата: ((due_at)).\n"
        f"Место получения результата: {_PLACE_RU}.",
    ),
    (_K.DOCUMENTS_ACCEPTED, _C.PORTAL, "kk"): (None, "Сұрау салу қабылданды{n}; нәтиже мерзімі: ((due_at))"),
    (_K.DOCUMENTS_ACCEPTED, _C.PORTAL, "ru"): (None, "Запрос принят{n}; срок результата: ((due_at))"),
    # ------------------------------------------------------------------------------------------ result ready
    (_K.RESULT_READY, _C.SMS, "kk"): (
        None,
        f"Мемлекеттік қызмет нәтижесі дайын{_NUM_KK}. Алу уақыты: {_PICKUP_KK}. Орны: ((office))"
        "((office_address??, ((office_address)))).",
    ),
    (_K.RESULT_READY, _C.SMS, "ru"): (
        None,
        f"Результат государственной услуги готов{_NUM_RU}. Получение: {_PICKUP_RU}, ((office))"
        "((office_address??, ((office_address)))).",
    ),
    (_K.RESULT_READY, _C.EMAIL, "kk"): (
        "Мемлекеттік қызмет нәтижесі дайын: ((service))",
        "((greeting))\n\n"
        f"«((service))» мемлекеттік қызметінің нәтижесі дайын{_NUM_KK}.\n"
        f"Алу уақыты: {_PICKUP_KK}.\n"
        f"Алу орны: {_PLACE_KK}.",
    ),
    (_K.RESULT_READY, _C.EMAIL, "ru"): (
        "Результат государственной услуги готов: ((service))",
        "((greeting))\n\n"
        f"Результат государственной услуги «((service))» готов{_NUM_RU}.\n"
        f"Получение: {_PICKUP_RU}.\n"
        f"Место получения: {_PLACE_RU}.",
    ),
    (_K.RESULT_READY, _C.PORTAL, "kk"): (None, f"Нәтиже дайын{{n}}: ((office)), {_PICKUP_KK}"),
    (_K.RESULT_READY, _C.PORTAL, "ru"): (None, f"Результат готов к выдаче{{n}}: ((office)), {_PICKUP_RU}"),
    # ----------------------------------------------------------------------------------------------- refusal
    (_K.REFUSAL, _C.SMS, "kk"): (
        None,
        f"Мемлекеттік қызмет көрсетуден бас тартылды{_NUM_KK}. Негізі: ((grounds)).",
    ),
    (_K.REFUSAL, _C.SMS, "ru"): (
        None,
        f"В оказании государственной услуги отказано{_NUM_RU}. Основание: ((grounds)).",
    ),
    (_K.REFUSAL, _C.EMAIL, "kk"): (
        "Мемлекеттік қызмет көрсетуден бас тарту: ((service))",
        "((greeting))\n\n"
        f"«((service))» мемлекеттік қызметін көрсетуден бас тартылды{_NUM_KK}.\n"
        "Шешім күні: ((decided_at)).\n\n"
        "Бас тарту негіздері (актіге сәйкес):\n\n((grounds))\n\n"
        "((complaint??Шағым жасау тәртібі:\n\n((complaint))\n\n))"
        f"Қызметті көрсетуші: {_PLACE_KK}.",
    ),
    (_K.REFUSAL, _C.EMAIL, "ru"): (
        "Отказ в оказании государственной услуги: ((service))",
        "((greeting))\n\n"
        f"В оказании государственной услуги «((service))» отказано{_NUM_RU}.\n"
        "Дата решения: ((decided_at)).\n\n"
        "Основания отказа (согласно акту):\n\n((grounds))\n\n"
        "((complaint??Порядок обжалования:\n\n((complaint))\n\n))"
        f"Услугодатель: {_PLACE_RU}.",
    ),
    (_K.REFUSAL, _C.PORTAL, "kk"): (None, "Бас тартылды{n}: ((grounds))"),
    (_K.REFUSAL, _C.PORTAL, "ru"): (None, "Отказано{n}: ((grounds))"),
    # ------------------------------------------------------------------------------------- documents missing
    (_K.DOCUMENTS_MISSING, _C.SMS, "kk"): (
        None,
        f"Құжаттар толық емес{_NUM_KK}. Жетіспейді: ((missing)).",
    ),
    (_K.DOCUMENTS_MISSING, _C.SMS, "ru"): (
        None,
        f"Пакет документов неполный{_NUM_RU}. Не хватает: ((missing)).",
    ),
    (_K.DOCUMENTS_MISSING, _C.EMAIL, "kk"): (
        "Құжаттар толық емес: ((service))",
        "((greeting))\n\n"
        f"«((service))» мемлекеттік қызметін алуға ұсынылған құжаттар толық емес{_NUM_KK}.\n"
        "Жоқ құжаттардың атауы:\n\n((missing))\n\n"
        f"Құжаттарды тапсыру орны: {_PLACE_KK}.",
    ),
    (_K.DOCUMENTS_MISSING, _C.EMAIL, "ru"): (
        "Неполный пакет документов: ((service))",
        "((greeting))\n\n"
        f"Пакет документов на получение государственной услуги «((service))» неполный{_NUM_RU}.\n"
        "Наименование отсутствующих документов:\n\n((missing))\n\n"
        f"Место сдачи документов: {_PLACE_RU}.",
    ),
    (_K.DOCUMENTS_MISSING, _C.PORTAL, "kk"): (None, "Құжаттар толық емес{n}: ((missing))"),
    (_K.DOCUMENTS_MISSING, _C.PORTAL, "ru"): (None, "Неполный пакет документов{n}: ((missing))"),
    # ----------------------------------------------------------------------------------------- term extended
    (_K.TERM_EXTENDED, _C.SMS, "kk"): (
        None,
        f"Мемлекеттік қызмет көрсету мерзімі ұзартылды{_NUM_KK}. Жаңа мерзім: ((new_due_at)).",
    ),
    (_K.TERM_EXTENDED, _C.SMS, "ru"): (
        None,
        f"Срок оказания государственной услуги продлён{_NUM_RU}. Новый срок: ((new_due_at)).",
    ),
    (_K.TERM_EXTENDED, _C.EMAIL, "kk"): (
        "Мерзім ұзартылды: ((service))",
        "((greeting))\n\n"
        f"«((service))» мемлекеттік қызметін көрсету мерзімі ұзартылды{_NUM_KK}.\n"
        "((previous_due_at??Бұрынғы мерзім: ((previous_due_at)).\n))"
        "Жаңа мерзім: ((new_due_at)).\n"
        "((reason??Себебі: ((reason)).\n))"
        f"Қызметті көрсетуші: {_PLACE_KK}.",
    ),
    (_K.TERM_EXTENDED, _C.EMAIL, "ru"): (
        "Срок продлён: ((service))",
        "((greeting))\n\n"
        f"Срок оказания государственной услуги «((service))» продлён{_NUM_RU}.\n"
        "((previous_due_at??Прежний срок: ((previous_due_at)).\n))"
        "Новый срок: ((new_due_at)).\n"
        "((reason??Причина: ((reason)).\n))"
        f"Услугодатель: {_PLACE_RU}.",
    ),
    (_K.TERM_EXTENDED, _C.PORTAL, "kk"): (None, "Мерзім ұзартылды{n}: ((new_due_at))"),
    (_K.TERM_EXTENDED, _C.PORTAL, "ru"): (None, "Срок продлён{n}: ((new_due_at))"),
    # ------------------------------------------------------------------------------------ reception reminder
    (_K.RECEPTION_REMINDER, _C.SMS, "kk"): (
        None,
        f"Еске салу: ((who)) азаматтарды ((reception_date)){_TIME_KK} қабылдайды. "
        "((office))((office_address??, ((office_address)))).",
    ),
    (_K.RECEPTION_REMINDER, _C.SMS, "ru"): (
        None,
        f"Напоминание: приём граждан ведёт ((who)) — ((reception_date)){_TIME_RU}. "
        "((office))((office_address??, ((office_address)))).",
    ),
    (_K.RECEPTION_REMINDER, _C.EMAIL, "kk"): (
        "Азаматтарды қабылдау: ((reception_date))",
        "((greeting))\n\n"
        f"Еске саламыз: ((who)) азаматтарды ((reception_date)){_TIME_KK} қабылдайды.\n"
        f"Орны: {_PLACE_KK}.",
    ),
    (_K.RECEPTION_REMINDER, _C.EMAIL, "ru"): (
        "Приём граждан: ((reception_date))",
        f"((greeting))\n\nНапоминаем: приём граждан ведёт ((who)) — ((reception_date)){_TIME_RU}.\nМесто: {_PLACE_RU}.",
    ),
    (_K.RECEPTION_REMINDER, _C.PORTAL, "kk"): (None, f"Қабылдау: ((reception_date)){_TIME_KK}"),
    (_K.RECEPTION_REMINDER, _C.PORTAL, "ru"): (None, f"Приём: ((reception_date)){_TIME_RU}"),
}


def _build() -> dict[tuple[NoticeKind, NoticeChannel, str], NoticeTemplate]:
    out = {}
    for (kind, channel, lang), (subject, body) in _RAW.items():
        body = body.replace("{n}", _NUM_KK if lang == "kk" else _NUM_RU)
        out[kind, channel, lang] = NoticeTemplate(body, subject=subject, name=f"{kind.value}/{channel.value}/{lang}")
    return out


TEMPLATES = _build()
"""Every built-in template by (kind, channel, language)."""


def builtin_template(kind: NoticeKind, channel: NoticeChannel, language: str) -> NoticeTemplate:
    return TEMPLATES[kind, channel, language]
