"""The workflow table: legal moves per state, role and province; clear refusals."""

from __future__ import annotations

import pytest

from console.demo.paths import path_to
from console.models import ReportStatus as S
from console.models import Role as R
from console.profiles import list_profiles, load_profile
from console.workflow import (
    ACTION_LABELS,
    ACTIONS,
    REQUIRES,
    RULES,
    WorkflowError,
    available_actions,
    find_rule,
)

FLAGS = {key: load_profile(key).workflow for key in list_profiles()}


def test_every_action_has_requirements_and_a_label() -> None:
    assert set(ACTIONS) == set(REQUIRES) == set(ACTION_LABELS)
    assert all(rule.roles for rule in RULES)


@pytest.mark.parametrize("key", list_profiles())
def test_demo_paths_follow_the_table(key: str) -> None:
    profile = load_profile(key)
    for status in S:
        steps = path_to(status, profile)
        if steps is None:
            continue
        source = None
        for step in steps:
            rule = find_rule(step.action, source, frozenset({R(step.role)}), profile.workflow)
            target = rule.target or source
            assert target == step.to, (key, status, step)
            source = target


def test_illegal_state_is_refused_with_the_state_named() -> None:
    with pytest.raises(WorkflowError, match="Đã đóng"):
        find_rule("forward", S.CLOSED, frozenset({R.OPERATOR}), FLAGS["thai-nguyen"])


def test_wrong_role_is_refused() -> None:
    with pytest.raises(WorkflowError, match="Vai trò"):
        find_rule("approve", S.PENDING_APPROVAL, frozenset({R.OPERATOR}), FLAGS["thai-nguyen"])


def test_an_action_the_province_lacks_is_refused_as_such() -> None:
    with pytest.raises(WorkflowError, match="không có thao tác"):
        find_rule("answer_directly", S.RECEIVED, frozenset({R.OPERATOR}), FLAGS["thai-nguyen"])
    rule = find_rule("answer_directly", S.RECEIVED, frozenset({R.OPERATOR}), FLAGS["tien-giang"])
    assert rule.target is S.ANSWERED_DIRECTLY


def test_lai_chau_head_of_ioc_assigns_and_office_reclassifies() -> None:
    flags = FLAGS["lai-chau"]
    with pytest.raises(WorkflowError):
        find_rule("forward", S.RECEIVED, frozenset({R.OPERATOR}), flags)
    assert find_rule("forward", S.RECEIVED, frozenset({R.SUPERVISOR}), flags)
    assert find_rule("classify", S.RETURNED, frozenset({R.OFFICE}), flags).scope == "office"
    assert find_rule("forward", S.RECEIVED, frozenset({R.OPERATOR}), FLAGS["thai-nguyen"])


def test_without_approval_the_result_goes_straight_to_the_ioc() -> None:
    rule = find_rule("submit_result", S.IN_PROGRESS, frozenset({R.OFFICER}), FLAGS["lai-chau"])
    assert rule.target is S.APPROVED
    rule = find_rule("submit_result", S.IN_PROGRESS, frozenset({R.OFFICER}), FLAGS["thai-nguyen"])
    assert rule.target is S.PENDING_APPROVAL


def test_dak_lak_team_delegates() -> None:
    assert "delegate" in available_actions(S.FORWARDED, frozenset({R.TEAM}), FLAGS["dak-lak"])
    assert "delegate" not in available_actions(
        S.FORWARDED, frozenset({R.TEAM}), FLAGS["thai-nguyen"]
    )


def test_final_states_allow_nothing_but_feedback_and_reopen() -> None:
    everyone = frozenset(R)
    for key, flags in FLAGS.items():
        for state in (S.REJECTED, S.REDIRECTED, S.ANSWERED_DIRECTLY):
            assert available_actions(state, everyone, flags) == [], key
        assert set(available_actions(S.CLOSED, everyone, flags)) == {"add_feedback", "reopen"}
