"""Every step of every regulation (004) has the actor its sentence names (issue 12).

The regulations word each step «<who> <does what>»: the checker below reads the subject at the start of the
Kazakh text and must agree with the recorded actor for all 379 steps. Fixed by this check: «орталық қызметкері ...
курьерлік ... жібереді» is the centre's employee, not a courier (004:108, 415, 933, 1418, 2200, 2469, 2844, 2866,
3212, 5873); portal step 5, «... хабарлама алуы», is the applicant receiving the notice (004:122, 428, 703, 1915,
2482, 5493); the commissions are their own actor (004:889, 938, 947, 1373, 1423, 1432, 2769, 2779, 2849, 2871).
"""

from __future__ import annotations

import re

from kzsocial.services import Channel, StepActor, catalog

# (pattern on the step's opening words, the actors it allows), first match wins
_RULES: list[tuple[str, set[StepActor]]] = [
    (r"^(арнайы|учаскелік) комиссия", {StepActor.COMMISSION}),
    (r"^орталық қызметкері", {StepActor.CENTRE_OPERATOR}),
    (r"^ауылдық округ әкімі", {StepActor.AKIM}),
    (r"алушының ЭЦҚ-сы арқылы", {StepActor.APPLICANT}),
    (r"^көрсетілетін қызметт?і? алушы", {StepActor.APPLICANT}),
    # «the provider's head / the rural akim» where the akim may be the provider (regulation 10)
    (r"^көрсетілетін қызметті берушінің(/ ауылдық округ әкімінің)? жауапты орындаушы", {StepActor.PROVIDER_EXECUTOR}),
    (r"^көрсетілетін қызметті берушінің басшысы", {StepActor.PROVIDER_HEAD}),
    # «Құжаттарды ... басшысына ... береді»: the employee hands the documents to the head
    (r"^Құжаттарды көрсетілетін қызметті берушінің басшысына", {StepActor.PROVIDER_EMPLOYEE}),
    (r"^көрсетілетін қызметті берушінің (кеңсе )?қызметкері", {StepActor.PROVIDER_EMPLOYEE}),
    (r"^көрсетілетін қызметті берушінің ?электрондық сұрау салуды өңдеуі", {StepActor.PROVIDER_EMPLOYEE}),
    (r"^көрсетілетін қызметті берушінің (ЭЦ[ПҚ]|электрондық құжат)", {StepActor.PROVIDER_EXECUTOR}),
]


def _expected(text: str) -> set[StepActor] | None:
    return next((actors for pattern, actors in _RULES if re.search(pattern, text)), None)


def test_every_step_of_every_regulation_has_the_actor_its_sentence_names() -> None:
    steps = [(s, st) for s in catalog() for st in s.steps]
    assert len(steps) == 379
    wrong = []
    for svc, st in steps:
        text = " ".join(st.action.kk.split())
        allowed = _expected(text)
        assert allowed is not None, (svc.id, st.source.line, text[:80])
        if st.channel is Channel.AKIM and allowed & {StepActor.PROVIDER_EMPLOYEE, StepActor.PROVIDER_HEAD}:
            allowed = allowed | {StepActor.AKIM}  # the rural akim acts as the provider on the akim channel
        if "/ ауылдық округ әкім" in text[:90]:
            allowed = allowed | {StepActor.AKIM}
        if st.actor not in allowed:
            wrong.append((svc.id, st.source.line, st.actor.value, sorted(a.value for a in allowed)))
    assert not wrong, wrong
    assert not any(st.actor in (StepActor.CENTRE_COURIER, StepActor.OTHER, StepActor.PORTAL) for _, st in steps)


def test_the_lines_issue_12_names() -> None:
    by_line = {(st.source.line, st.channel): st for s in catalog().by_act("nko-2015") for st in s.steps}
    for line in (108, 415, 933, 1418, 2200, 2469, 2844, 2866, 3212, 5873):
        assert by_line[(line, Channel.CENTRE)].actor is StepActor.CENTRE_OPERATOR, line
    for line in (122, 428, 703, 1915, 2482, 5493):
        assert by_line[(line, Channel.PORTAL)].actor is StepActor.APPLICANT, line
    commissions = [st for (_, _), st in by_line.items() if st.actor is StepActor.COMMISSION]
    assert sorted({st.source.line for st in commissions}) == [889, 938, 947, 1373, 1423, 1432, 2769, 2779, 2849, 2871]
