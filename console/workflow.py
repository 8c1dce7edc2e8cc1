"""The workflow table (DESIGN §2): which action is legal from which state, for which role.

Pure data and pure checks: no database, no Qt. Profile differences are data too: an action or a
role that only some provinces have is tied to a workflow flag of the profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain

from console.errors import Label, MessageError
from console.models.enums import ReportStatus as S
from console.models.enums import Role as R

IOC = frozenset({R.OPERATOR, R.SUPERVISOR})
UNIT = frozenset({R.OFFICER, R.LEADER})
LEADERS = frozenset({R.LEADER})
OPEN = frozenset(S) - {S.REJECTED, S.REDIRECTED, S.ANSWERED_DIRECTLY, S.CLOSED}


@dataclass(frozen=True)
class Rule:
    """``action`` moves a report from ``source`` to ``target`` (None: stays) for ``roles``.

    ``scope`` says whose report it is: "ioc" (the actor works at the IOC), "office",
    "unit" (the actor's unit holds the report), "any" (any unit that can see it).
    ``flag``: the profile's workflow flag that must be on; ``unless``: one that must be off.
    """

    action: str
    source: S | None
    target: S | None
    roles: frozenset[R]
    scope: str
    flag: str | None = None
    unless: str | None = None


def _rules(
    action: str,
    sources: frozenset[S] | set[S],
    target: S | None,
    roles: frozenset[R],
    scope: str,
    **kw: str,
) -> list[Rule]:
    return [Rule(action, s, target, roles, scope, **kw) for s in sorted(sources)]


RULES: tuple[Rule, ...] = tuple(
    chain(
        [Rule("submit", None, S.RECEIVED, IOC, "ioc")],
        _rules("request_info", {S.RECEIVED}, S.NEEDS_INFO, IOC, "ioc"),
        _rules("supplement", {S.NEEDS_INFO}, S.RECEIVED, IOC, "ioc"),
        _rules("reject", {S.RECEIVED, S.NEEDS_INFO}, S.REJECTED, IOC, "ioc"),
        _rules("redirect", {S.RECEIVED}, S.REDIRECTED, IOC, "ioc", flag="redirect"),
        _rules(
            "answer_directly", {S.RECEIVED}, S.ANSWERED_DIRECTLY, IOC, "ioc", flag="answer_directly"
        ),
        _rules("classify", {S.RECEIVED, S.RETURNED}, None, IOC, "ioc"),
        # A duplicate is linked to the open report it repeats and answered with it.
        _rules("link", {S.RECEIVED, S.NEEDS_INFO}, None, IOC, "ioc"),
        _rules(
            "classify",
            {S.RETURNED},
            None,
            frozenset({R.OFFICE}),
            "office",
            flag="office_reclassifies",
        ),
        # Lai Châu: the head of the IOC assigns (supervisor only); elsewhere any IOC operator.
        _rules("forward", {S.RECEIVED, S.RETURNED}, S.FORWARDED, IOC, "ioc", unless="head_assigns"),
        _rules(
            "forward",
            {S.RECEIVED, S.RETURNED},
            S.FORWARDED,
            frozenset({R.SUPERVISOR}),
            "ioc",
            flag="head_assigns",
        ),
        _rules(
            "forward",
            {S.RETURNED},
            S.FORWARDED,
            frozenset({R.OFFICE}),
            "office",
            flag="office_reclassifies",
        ),
        _rules("forward", {S.ESCALATED}, S.FORWARDED, frozenset({R.OFFICE}), "office"),
        # Lai Châu Điều 7.4.k: the office receives "Những kiến nghị khác", sorts them and
        # forwards each to the unit that handles it.
        _rules(
            "forward",
            {S.FORWARDED},
            S.FORWARDED,
            frozenset({R.OFFICE}),
            "unit",
            flag="office_sorts",
        ),
        # Thái Nguyên Điều 7.2: the IOC records the opinion a consulted unit sent back.
        _rules("answer_consultation", OPEN - {S.RECEIVED, S.NEEDS_INFO}, None, IOC, "ioc"),
        _rules(
            "delegate",
            {S.FORWARDED},
            S.FORWARDED,
            frozenset({R.TEAM}),
            "unit",
            flag="district_team",
        ),
        _rules("accept", {S.FORWARDED, S.REOPENED}, S.IN_PROGRESS, UNIT | {R.TEAM}, "unit"),
        _rules("return_to_ioc", {S.FORWARDED, S.REOPENED}, S.RETURNED, UNIT | {R.TEAM}, "unit"),
        # Đắk Lắk Bước 3.2: a unit under a district team returns it to the team, which sends
        # it on to another unit (the service picks this or return_to_ioc by the unit's parent).
        _rules(
            "return_to_team",
            {S.FORWARDED, S.REOPENED},
            S.FORWARDED,
            UNIT,
            "unit",
            flag="district_team",
        ),
        # ĐL Bước 3.2, TG Điều 9.1.d: the unit went to the site before deciding whether the
        # report is its own (the service refuses where the profile has no such clock).
        _rules("record_field_check", {S.FORWARDED, S.REOPENED}, None, UNIT, "unit"),
        _rules("post_progress", {S.IN_PROGRESS}, None, UNIT | {R.TEAM}, "unit"),
        _rules("request_extension", {S.IN_PROGRESS}, None, UNIT | {R.TEAM}, "unit"),
        # Lai Châu Điều 7.5: a unit that cannot resolve it reports the cause and a date.
        _rules("report_cause", {S.IN_PROGRESS}, None, UNIT, "unit", flag="report_cause"),
        # The one who asks does not grant: the unit's leader decides (the service also refuses
        # a decision by the requester).
        _rules("approve_extension", {S.IN_PROGRESS}, None, LEADERS | {R.TEAM}, "unit"),
        _rules("refuse_extension", {S.IN_PROGRESS}, None, LEADERS | {R.TEAM}, "unit"),
        _rules(
            "submit_result",
            {S.IN_PROGRESS},
            S.PENDING_APPROVAL,
            UNIT | {R.TEAM},
            "unit",
            flag="approval",
        ),
        _rules(
            "submit_result", {S.IN_PROGRESS}, S.APPROVED, UNIT | {R.TEAM}, "unit", unless="approval"
        ),
        _rules("approve", {S.PENDING_APPROVAL}, S.APPROVED, LEADERS | {R.TEAM}, "unit"),
        _rules("edit_and_approve", {S.PENDING_APPROVAL}, S.APPROVED, LEADERS | {R.TEAM}, "unit"),
        # Đắk Lắk: a unit under a district team sends its approved result to the team, which
        # verifies it before it goes to the IOC (the service picks this when it applies).
        _rules(
            "approve",
            {S.PENDING_APPROVAL},
            S.PENDING_APPROVAL,
            LEADERS,
            "unit",
            flag="team_verifies",
        ),
        _rules(
            "edit_and_approve",
            {S.PENDING_APPROVAL},
            S.PENDING_APPROVAL,
            LEADERS,
            "unit",
            flag="team_verifies",
        ),
        _rules(
            "return_for_rework", {S.PENDING_APPROVAL}, S.IN_PROGRESS, LEADERS | {R.TEAM}, "unit"
        ),
        _rules("publish", {S.APPROVED}, S.PUBLISHED, IOC, "ioc"),
        # The IOC marks a state secret or harm to a reputation in triage or before the answer
        # goes out (TN Điều 10.3–10.4, ĐL Bước 2.3/4.1, LC Điều 8.2, TG Điều 4.6/10.2).
        _rules("restrict", {S.RECEIVED, S.NEEDS_INFO, S.RETURNED, S.APPROVED}, None, IOC, "ioc"),
        # ĐL Bước 2.3/4.1, TG Điều 4.6/10.2: the IOC records that it told the reporter of a
        # report harmful to a reputation, by phone or e-mail (offered for such a report only
        # where the province's text asks it: console/services/harm_notices.py).
        _rules("notify_reporter", OPEN, None, IOC, "ioc"),
        _rules("add_feedback", {S.PUBLISHED, S.CLOSED}, None, IOC, "ioc"),
        _rules("rate", {S.PUBLISHED}, None, IOC, "ioc"),
        _rules("reopen", {S.PUBLISHED, S.CLOSED}, S.REOPENED, IOC, "ioc"),
        _rules(
            "escalate",
            {S.RETURNED, S.FORWARDED, S.IN_PROGRESS},
            S.ESCALATED,
            frozenset({R.SUPERVISOR}),
            "ioc",
            flag="escalate_to_office",
        ),
        # Tiền Giang Điều 9.1.c: the operator sends a report whose competent agency is unclear
        # to the Văn phòng UBND tỉnh, before forwarding it or once a unit returned it.
        _rules(
            "escalate", {S.RECEIVED, S.RETURNED}, S.ESCALATED, IOC, "ioc", flag="operator_escalates"
        ),
        _rules("direct", OPEN, None, frozenset({R.LEADER, R.OFFICE, R.SUPERVISOR}), "any"),
        _rules("close", {S.PUBLISHED}, S.CLOSED, IOC, "ioc"),
        _rules("close", {S.ESCALATED}, S.CLOSED, frozenset({R.OFFICE}), "office"),
    )
)

ACTIONS: tuple[str, ...] = tuple(dict.fromkeys(r.action for r in RULES))

# What each action needs besides an actor (DESIGN §2 and the regulations).
REQUIRES: Mapping[str, frozenset[str]] = {
    "submit": frozenset(),
    "request_info": frozenset({"note"}),  # the message to the citizen
    "supplement": frozenset({"note"}),
    "reject": frozenset({"note"}),  # Thái Nguyên Điều 7.2a: "nêu rõ lý do"
    "redirect": frozenset({"target"}),  # a not-accepted topic of the profile (113, 114…)
    "answer_directly": frozenset({"text"}),
    "classify": frozenset({"category"}),
    "link": frozenset({"report"}),
    "forward": frozenset({"unit"}),
    "delegate": frozenset({"unit"}),
    "accept": frozenset(),
    "return_to_ioc": frozenset({"note"}),
    "return_to_team": frozenset({"note"}),
    "answer_consultation": frozenset({"unit", "note"}),  # who answered, and the opinion
    "report_cause": frozenset({"committed", "note"}),  # the expected date and the cause
    "record_field_check": frozenset({"note"}),  # what was checked on the site
    "post_progress": frozenset({"note"}),
    "request_extension": frozenset({"committed", "note"}),
    "approve_extension": frozenset(),
    "refuse_extension": frozenset({"note"}),  # the reason, for the unit
    "submit_result": frozenset({"text"}),
    "approve": frozenset(),
    "edit_and_approve": frozenset({"text"}),
    "return_for_rework": frozenset({"note"}),
    "publish": frozenset({"publication"}),
    "add_feedback": frozenset({"note"}),
    "rate": frozenset({"rating"}),
    "reopen": frozenset({"note"}),
    "escalate": frozenset({"note"}),
    "direct": frozenset({"note"}),
    "close": frozenset(),
    "restrict": frozenset({"restriction", "note"}),  # the kind (or none) and the reason
    "notify_reporter": frozenset({"means"}),  # phone or e-mail (and what they were told)
}

ACTION_LABELS: Mapping[str, str] = {
    "submit": "Tiếp nhận",
    "request_info": "Đề nghị bổ sung",
    "supplement": "Bổ sung thông tin",
    "reject": "Không xử lý",
    "redirect": "Hướng dẫn kênh khác",
    "answer_directly": "Giải đáp tại tổng đài",
    "classify": "Phân loại",
    "link": "Gộp phản ánh trùng",
    "forward": "Chuyển xử lý",
    "delegate": "Giao đơn vị xử lý",
    "accept": "Nhận xử lý",
    "return_to_ioc": "Trả lại IOC",
    "return_to_team": "Trả lại Tổ xử lý",
    "answer_consultation": "Ghi ý kiến đơn vị phối hợp",
    "report_cause": "Báo cáo nguyên nhân, dự kiến thời gian",
    "record_field_check": "Kiểm tra thực tế",
    "post_progress": "Cập nhật tiến độ",
    "request_extension": "Đề nghị gia hạn",
    "approve_extension": "Duyệt gia hạn",
    "refuse_extension": "Không duyệt gia hạn",
    "submit_result": "Gửi kết quả",
    "approve": "Phê duyệt",
    "edit_and_approve": "Sửa và phê duyệt",
    "return_for_rework": "Trả lại xử lý lại",
    "publish": "Công khai / trả lời",
    "add_feedback": "Ghi phản hồi",
    "rate": "Ghi đánh giá",
    "reopen": "Xử lý lại",
    "escalate": "Báo cáo UBND",
    "direct": "Chỉ đạo",
    "close": "Đóng",
    "restrict": "Hạn chế công khai",
    "notify_reporter": "Báo tin người phản ánh",
}


class WorkflowError(MessageError, ValueError):
    """An action that the workflow does not allow; the message is for the operator."""


def _flags_ok(rule: Rule, flags: Mapping[str, bool]) -> bool:
    if rule.flag and not flags.get(rule.flag, False):
        return False
    return not (rule.unless and flags.get(rule.unless, False))


def rules_for(action: str, source: S | None, flags: Mapping[str, bool]) -> list[Rule]:
    return [r for r in RULES if r.action == action and r.source == source and _flags_ok(r, flags)]


def find_rule(
    action: str,
    source: S | None,
    roles: frozenset[R],
    flags: Mapping[str, bool],
    target: S | None = None,
) -> Rule:
    """The rule that lets ``roles`` do ``action`` from ``source`` (towards ``target`` when
    the action can lead to more than one state), or a clear refusal."""
    from console.models.enums import STATUS_LABELS

    if action not in REQUIRES:
        raise WorkflowError("Thao tác không tồn tại: {action!r}", action=action)
    label = Label("action", action, ACTION_LABELS[action])
    candidates = rules_for(action, source, flags)
    if not candidates:
        if not any(r.action == action and _flags_ok(r, flags) for r in RULES):
            raise WorkflowError('Quy định của tỉnh này không có thao tác "{action}"', action=label)
        if source is None:
            raise WorkflowError(
                'Không thể "{action}" khi phản ánh đang ở trạng thái "chưa tiếp nhận"', action=label
            )
        raise WorkflowError(
            'Không thể "{action}" khi phản ánh đang ở trạng thái "{status}"',
            action=label,
            status=Label("status", source.value, STATUS_LABELS[source]),
        )
    for rule in candidates:
        if roles & rule.roles and (target is None or (rule.target or source) == target):
            return rule
    raise WorkflowError('Vai trò của bạn không được phép "{action}" ở bước này', action=label)


def available_actions(
    source: S | None, roles: frozenset[R], flags: Mapping[str, bool]
) -> list[str]:
    """Actions these roles may take from ``source`` (before unit scope checks)."""
    return [a for a in ACTIONS if any(roles & r.roles for r in rules_for(a, source, flags))]


def in_scope(
    scope: str,
    *,
    actor_kind: str | None,
    actor_unit: int | None,
    report_unit: int | None,
    report_parent: int | None = None,
) -> WorkflowError | None:
    """None if the actor's unit may act under ``scope`` on a report held by ``report_unit``
    (whose parent unit is ``report_parent``), else the refusal (to raise)."""
    if scope == "ioc" and actor_kind != "ioc":
        return WorkflowError("Chỉ cán bộ tại IOC được thực hiện thao tác này")
    if scope == "office" and actor_kind != "office":
        return WorkflowError("Chỉ Văn phòng UBND được thực hiện thao tác này")
    if scope == "unit" and actor_unit != report_unit:
        return WorkflowError("Phản ánh không thuộc đơn vị của bạn")
    if (
        scope == "any"
        and actor_kind not in ("ioc", "office")
        and actor_unit not in (report_unit, report_parent)
    ):
        return WorkflowError("Phản ánh không thuộc đơn vị của bạn")
    return None
