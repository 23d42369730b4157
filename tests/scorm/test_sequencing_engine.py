"""The SCORM 2004 sequencing engine, driven with hand-made activity trees."""

import copy
import json

import pytest

from scorm.sequencing.engine import RuntimeData, Sequencer

DEFAULTS = {
    "title": "",
    "visible": True,
    "control_mode": {
        "choice": True,
        "choice_exit": True,
        "flow": False,
        "forward_only": False,
        "use_current_attempt_objective_info": True,
        "use_current_attempt_progress_info": True,
    },
    "constrain_choice": False,
    "prevent_activation": False,
    "pre_rules": [],
    "exit_rules": [],
    "post_rules": [],
    "attempt_limit": None,
    "attempt_duration_limit": None,
    "rollup": {
        "objective_satisfied": True,
        "progress_completion": True,
        "measure_weight": 1.0,
        "rules": [],
    },
    "rollup_considerations": {
        "required_for_satisfied": "always",
        "required_for_not_satisfied": "always",
        "required_for_completed": "always",
        "required_for_incomplete": "always",
        "measure_satisfaction_if_active": True,
    },
    "objectives": [],
    "selection": {"timing": "never", "count": None},
    "randomization": {"timing": "never", "reorder_children": False},
    "delivery": {
        "tracked": True,
        "completion_set_by_content": False,
        "objective_set_by_content": False,
    },
    "completion_threshold": {
        "completed_by_measure": False,
        "min_progress_measure": 1.0,
        "progress_weight": 1.0,
    },
    "hide_lms_ui": [],
    "shared_data": [],
}
CONTENT_SETS_STATUS = {
    "completion_set_by_content": True,
    "objective_set_by_content": True,
}
FLOW = {"flow": True}


def activity(aid, *children, **changes):
    """Build an activity with the schema's defaults; dict values are merged."""
    node = copy.deepcopy(DEFAULTS)
    node.update(
        id=aid, title=aid.title(), is_leaf=not children, children=list(children)
    )
    for key, value in changes.items():
        if isinstance(node.get(key), dict) and isinstance(value, dict):
            node[key] = {**node[key], **value}
        else:
            node[key] = value
    return node


def objective(oid, *maps, primary=False, **changes):
    return {
        "id": oid,
        "primary": primary,
        "satisfied_by_measure": False,
        "min_normalized_measure": 1.0,
        "maps": list(maps),
        **changes,
    }


def mapping(target, **flags):
    """An imsss:mapInfo (reads satisfied and measure) with flags overridden."""
    result = {"target": target, "read_satisfied": True, "read_measure": True}
    for key in ("completion", "progress", "raw", "min", "max"):
        result["read_" + key] = False
        result["write_" + key] = False
    result.update(write_satisfied=False, write_measure=False)
    result.update(flags)
    return result


def condition(kind, operator="noOp", objective=None, threshold=0.0):
    return {
        "condition": kind,
        "operator": operator,
        "objective": objective,
        "threshold": threshold,
    }


def rule(action, *conditions, combination="all"):
    return {
        "combination": combination,
        "conditions": list(conditions),
        "action": action,
    }


def rollup_rule(action, kind, child_set="all", operator="noOp"):
    return {
        "child_activity_set": child_set,
        "minimum_count": 0,
        "minimum_percent": 0.0,
        "combination": "any",
        "conditions": [{"condition": kind, "operator": operator}],
        "action": action,
    }


def roundtrip(seq, tree, seed=0):
    """A new Sequencer restored from the JSON of another."""
    state = json.loads(json.dumps(seq.state))
    global_objectives = json.loads(json.dumps(seq.global_objectives))
    return Sequencer(tree, state, global_objectives, seed=seed)


def snapshot(seq):
    return json.dumps([seq.state, seq.global_objectives], sort_keys=True)


def passed(score=None):
    return RuntimeData(
        completion_status="completed", success_status="passed", score_scaled=score
    )


def failed(score=None):
    return RuntimeData(
        completion_status="completed", success_status="failed", score_scaled=score
    )


def two_modules():
    return activity(
        "course",
        activity("m1", activity("a"), activity("b"), control_mode=FLOW),
        activity("m2", activity("c"), control_mode=FLOW),
        control_mode=FLOW,
    )


def test_flow_continues_and_goes_back_through_clusters():
    seq = Sequencer(two_modules())
    assert seq.navigate("start").delivered == "a"
    assert seq.navigate("continue").delivered == "b"
    crossing = seq.navigate("continue")
    assert crossing.delivered == "c"
    assert crossing.new_attempt is True
    assert seq.state["activities"]["m1"]["active"] is False
    assert seq.navigate("previous").delivered == "b"
    assert seq.state["activities"]["b"]["attempts"] == 2
    assert seq.navigate("continue").delivered == "c"
    end = seq.navigate("continue")
    assert end.ended is True
    assert end.delivered is None
    assert seq.current is None
    # Nothing was reported: the LMS completed and satisfied each attempt itself.
    assert seq.result().completed is True
    assert seq.result().satisfied is True


def test_previous_from_the_first_activity_is_refused():
    seq = Sequencer(two_modules())
    seq.navigate("start")
    before = snapshot(seq)
    result = seq.navigate("previous")
    assert result.error == "SB.2.1-3"
    assert result.message
    assert snapshot(seq) == before
    assert seq.state["activities"]["a"]["active"] is True


def test_choice_is_refused_when_the_cluster_turns_choice_off_but_jump_is_allowed():
    tree = activity(
        "course",
        activity("a"),
        activity("b"),
        control_mode={"choice": False, "flow": True},
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    refused = seq.navigate("choice", "b")
    assert refused.error == "NB.2.1-10"
    assert seq.validity()["choice"]["b"] is False
    assert seq.validity()["jump"]["b"] is True
    assert seq.navigate("jump", "b").delivered == "b"


GOLF = "com.example.golf."


def forced_sequential():
    """Mirror the SequencingForcedSequential fixture: each lesson unlocks when the
    previous one is satisfied; the quiz stays hidden from choice until then."""

    def lesson(name, previous=None):
        objectives = [
            objective(
                name + "_satisfied",
                mapping(GOLF + name, write_satisfied=True),
                primary=True,
            )
        ]
        rules = []
        if previous:
            objectives.append(objective("previous", mapping(GOLF + previous)))
            rules.append(
                rule(
                    "disabled",
                    condition("satisfied", "not", "previous"),
                    condition("objectiveStatusKnown", "not", "previous"),
                    combination="any",
                )
            )
        return activity(
            name,
            objectives=objectives,
            pre_rules=rules,
            delivery=CONTENT_SETS_STATUS,
            rollup={"measure_weight": 0.0},
        )

    quiz = activity(
        "quiz",
        objectives=[
            objective("quiz_satisfied", primary=True),
            objective("previous", mapping(GOLF + "etiquette")),
        ],
        pre_rules=[
            rule(
                "hiddenFromChoice",
                condition("satisfied", "not", "previous"),
                condition("attempted", "not"),
            ),
            # "not satisfied" is unknown while nobody reported: a second rule covers it.
            rule(
                "hiddenFromChoice",
                condition("objectiveStatusKnown", "not", "previous"),
                condition("attempted", "not"),
            ),
        ],
        delivery=CONTENT_SETS_STATUS,
    )
    return activity(
        "golf",
        lesson("playing"),
        lesson("etiquette", previous="playing"),
        quiz,
        control_mode={"choice": True, "flow": True},
    )


def test_forced_sequential_lessons_unlock_through_global_objectives():
    tree = forced_sequential()
    seq = Sequencer(tree)
    assert seq.navigate("start").delivered == "playing"
    refused = seq.navigate("choice", "etiquette")
    assert refused.error == "DB.1.1-3"
    # A disabled activity refuses a jump too (as the fixture's comments warn).
    assert seq.navigate("jump", "etiquette").error == "DB.1.1-3"
    assert seq.validity()["choice"]["etiquette"] is False
    rows = {row["id"]: row for row in seq.toc()}
    assert rows["etiquette"]["disabled"] is True
    assert rows["quiz"]["hidden"] is True

    seq.report("playing", passed())
    assert seq.global_objectives[GOLF + "playing"]["satisfied"] is True
    assert seq.navigate("choice", "etiquette").delivered == "etiquette"

    # The quiz is still hidden from choice, so choosing it is refused; jump is not.
    assert seq.navigate("choice", "quiz").error == "SB.2.9-3"
    assert seq.navigate("jump", "quiz").delivered == "quiz"


def test_forced_sequential_state_survives_a_json_round_trip():
    tree = forced_sequential()
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("playing", passed())
    restored = roundtrip(seq, tree)
    assert restored.validity() == seq.validity()
    assert restored.toc() == seq.toc()
    assert restored.navigate("choice", "etiquette").delivered == "etiquette"


def pretest_course():
    pretest = activity(
        "pretest",
        objectives=[
            objective("pretest", mapping("pre", write_satisfied=True), primary=True)
        ],
        delivery=CONTENT_SETS_STATUS,
    )
    content = activity(
        "content",
        objectives=[
            objective("content", primary=True),
            objective("pretest_passed", mapping("pre")),
        ],
        pre_rules=[rule("skip", condition("satisfied", objective="pretest_passed"))],
    )
    posttest = activity("posttest", delivery=CONTENT_SETS_STATUS)
    return activity("course", pretest, content, posttest, control_mode=FLOW)


def test_passing_the_pretest_skips_the_content():
    seq = Sequencer(pretest_course())
    assert seq.navigate("start").delivered == "pretest"
    seq.report("pretest", passed())
    assert seq.navigate("continue").delivered == "posttest"
    assert seq.state["activities"]["content"]["attempts"] == 0


def test_failing_the_pretest_delivers_the_content():
    seq = Sequencer(pretest_course())
    seq.navigate("start")
    seq.report("pretest", failed())
    assert seq.navigate("continue").delivered == "content"


def test_failed_post_test_is_retried_by_a_post_condition_rule():
    posttest = activity(
        "posttest",
        post_rules=[rule("retry", condition("satisfied", "not"))],
        delivery=CONTENT_SETS_STATUS,
    )
    seq = Sequencer(activity("course", activity("lesson"), posttest, control_mode=FLOW))
    seq.navigate("start")
    assert seq.navigate("continue").delivered == "posttest"
    seq.report("posttest", failed(0.3))
    retry = seq.navigate("continue")
    assert retry.delivered == "posttest"
    assert retry.new_attempt is True
    assert seq.state["activities"]["posttest"]["attempts"] == 2
    # The new attempt starts with unknown status.
    assert seq.toc()[2]["satisfied"] is None
    seq.report("posttest", passed(0.9))
    assert seq.navigate("continue").ended is True
    assert seq.result().satisfied is True


def test_exit_parent_then_continue_leaves_the_module():
    quiz = activity(
        "q1",
        post_rules=[rule("exitParent", condition("satisfied"))],
        delivery=CONTENT_SETS_STATUS,
    )
    module = activity(
        "m1",
        quiz,
        activity("extra"),
        control_mode=FLOW,
        post_rules=[rule("continue", condition("always"))],
    )
    tree = activity(
        "course",
        module,
        activity("m2", activity("x"), control_mode=FLOW),
        control_mode=FLOW,
    )

    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("q1", passed())
    assert seq.navigate("_none_").delivered == "x"
    assert seq.state["activities"]["m1"]["active"] is False

    other = Sequencer(tree)
    other.navigate("start")
    other.report("q1", failed())
    assert other.navigate("_none_").delivered is None
    assert other.navigate("continue").delivered == "extra"


def post_test_rollup_course():
    content = {
        "rollup": {"objective_satisfied": False, "measure_weight": 0.0},
        "delivery": CONTENT_SETS_STATUS,
    }
    return activity(
        "course",
        activity("lesson1", **content),
        activity("lesson2", **content),
        activity("posttest", delivery=CONTENT_SETS_STATUS),
        control_mode={"flow": True},
    )


def test_course_result_follows_the_post_test_only():
    seq = Sequencer(post_test_rollup_course())
    seq.navigate("start")
    seq.report("lesson1", failed(0.1))
    assert seq.result().satisfied is None
    seq.navigate("choice", "posttest")
    seq.report("posttest", passed(0.8))
    result = seq.result()
    assert result.satisfied is True
    assert result.measure == 0.8

    seq.report("posttest", failed(0.4))
    assert seq.result().satisfied is False
    assert seq.result().measure == 0.4


def test_measure_and_progress_weights_roll_up():
    tree = activity(
        "course",
        activity(
            "a",
            rollup={"measure_weight": 1.0},
            completion_threshold={"progress_weight": 0.5},
        ),
        activity(
            "b",
            rollup={"measure_weight": 3.0},
            completion_threshold={"progress_weight": 0.3},
        ),
        activity(
            "c",
            rollup={"measure_weight": 0.0},
            completion_threshold={"progress_weight": 0.2},
        ),
        completion_threshold={
            "completed_by_measure": True,
            "min_progress_measure": 0.8,
        },
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("a", RuntimeData(score_scaled=0.5, progress_measure=1.0))
    seq.report("b", RuntimeData(score_scaled=1.0, progress_measure=0.5))
    result = seq.result()
    assert result.measure == (0.5 * 1 + 1.0 * 3) / 4
    assert result.progress_measure == (1.0 * 0.5 + 0.5 * 0.3) / 1.0
    assert result.completed is False
    seq.report("c", RuntimeData(progress_measure=1.0))
    assert seq.result().progress_measure == pytest.approx(0.85)
    assert seq.result().completed is True


def test_satisfied_by_measure_on_the_course():
    tree = activity(
        "course",
        activity("a"),
        activity("b"),
        objectives=[
            objective(
                "course",
                primary=True,
                satisfied_by_measure=True,
                min_normalized_measure=0.6,
            )
        ],
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("a", RuntimeData(score_scaled=0.9))
    seq.report("b", RuntimeData(score_scaled=0.1))
    assert seq.result().measure == 0.5
    assert seq.result().satisfied is False
    seq.report("b", RuntimeData(score_scaled=0.5))
    assert seq.result().satisfied is True


def test_rollup_rules_and_considerations():
    tree = activity(
        "course",
        activity("a"),
        activity("b", rollup_considerations={"required_for_satisfied": "ifAttempted"}),
        rollup={"rules": [rollup_rule("satisfied", "satisfied", child_set="all")]},
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("a", passed())
    # b was never attempted, so it does not hold back satisfaction.
    assert seq.result().satisfied is True


def test_attempt_limit_exceeded_disables_the_activity():
    tree = activity(
        "course", activity("a", attempt_limit=1), activity("b"), control_mode=FLOW
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    assert seq.navigate("continue").delivered == "b"
    assert seq.navigate("choice", "a").error == "DB.1.1-3"
    assert seq.validity()["choice"]["a"] is False
    assert seq.toc()[1]["disabled"] is True
    assert seq.navigate("previous").error == "SB.2.2-2"


def random_course():
    children = [activity(f"sco{i}") for i in range(8)]
    return activity(
        "course",
        *children,
        control_mode=FLOW,
        selection={"timing": "once", "count": 4},
        randomization={"timing": "once", "reorder_children": True},
    )


def order(seq):
    return [row["id"] for row in seq.toc()][1:]


def test_randomisation_is_reproducible_from_the_seed():
    tree = random_course()
    first = order(Sequencer(tree, seed=42))
    assert len(first) == 4
    assert order(Sequencer(tree, seed=42)) == first
    others = {tuple(order(Sequencer(tree, seed=s))) for s in range(10)}
    assert len(others) > 1


def test_randomised_order_is_stable_across_state_round_trips():
    tree = random_course()
    seq = Sequencer(tree, seed=7)
    expected = order(seq)
    assert seq.navigate("start").delivered == expected[0]
    restored = roundtrip(seq, tree, seed=99)
    assert order(restored) == expected
    assert restored.navigate("continue").delivered == expected[1]
    unselected = next(f"sco{i}" for i in range(8) if f"sco{i}" not in expected)
    assert restored.navigate("choice", unselected).error == "SB.2.9-2"


def test_suspend_all_then_resume_all_in_a_new_sequencer():
    tree = two_modules()
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.navigate("continue")
    seq.report("b", RuntimeData(completion_status="incomplete", exit="suspend"))
    suspended = seq.navigate("suspendAll")
    assert suspended.ended is True
    assert seq.current is None
    assert seq.suspended == "b"

    restored = roundtrip(seq, tree)
    resumed = restored.navigate("resumeAll")
    assert resumed.delivered == "b"
    assert resumed.new_attempt is False
    assert restored.current == "b"
    assert restored.suspended is None
    assert restored.state["activities"]["b"]["attempts"] == 1
    assert restored.navigate("resumeAll").error == "NB.2.1-1"


def test_resume_all_without_a_suspended_attempt_is_refused():
    seq = Sequencer(two_modules())
    assert seq.navigate("resumeAll").error == "NB.2.1-3"


def test_exit_all_ends_the_session_and_a_new_start_is_a_new_attempt():
    seq = Sequencer(two_modules())
    seq.navigate("start")
    ended = seq.navigate("exitAll")
    assert ended.ended is True
    assert seq.current is None
    assert not any(act["active"] for act in seq.state["activities"].values())
    again = seq.navigate("start")
    assert again.delivered == "a"
    assert seq.state["activities"]["course"]["attempts"] == 2


def test_abandon_all_ends_without_recording_the_attempt():
    seq = Sequencer(two_modules())
    seq.navigate("start")
    assert seq.navigate("abandonAll").ended is True
    assert seq.result().completed is None


def test_refused_requests_leave_state_and_globals_unchanged():
    tree = forced_sequential()
    seq = Sequencer(tree)
    assert seq.navigate("continue").error == "NB.2.1-2"
    seq.navigate("start")
    seq.report("playing", RuntimeData(completion_status="incomplete"))
    before = snapshot(seq)
    for request, target in [
        ("choice", "etiquette"),
        ("choice", "quiz"),
        ("choice", "nowhere"),
        ("start", None),
        ("resumeAll", None),
        ("bogus", None),
    ]:
        assert seq.navigate(request, target).error is not None
        assert snapshot(seq) == before
    assert seq.state["activities"]["playing"]["active"] is True


def test_validity_and_toc_do_not_change_state():
    tree = forced_sequential()
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("playing", passed())
    before = snapshot(seq)
    validity = seq.validity()
    toc = seq.toc()
    assert snapshot(seq) == before
    assert validity["continue"] is True
    assert validity["previous"] is False
    assert validity["choice"]["etiquette"] is True
    assert [row["id"] for row in toc] == ["golf", "playing", "etiquette", "quiz"]
    assert toc[1]["is_current"] is True
    assert toc[1]["satisfied"] is True


def test_content_reported_status_and_delivery_controls():
    tree = activity(
        "course",
        activity("set_by_lms"),
        activity("set_by_content", delivery=CONTENT_SETS_STATUS),
        activity("untracked", delivery={"tracked": False}),
        control_mode=FLOW,
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.navigate("continue")
    seq.navigate("continue")
    seq.report("untracked", passed(1.0))
    rows = {row["id"]: row for row in seq.toc()}
    assert rows["set_by_lms"]["completed"] is True
    assert rows["set_by_lms"]["satisfied"] is True
    assert rows["set_by_content"]["completed"] is None
    assert rows["set_by_content"]["satisfied"] is None
    assert rows["untracked"]["satisfied"] is None


def test_objectives_from_runtime_data_write_globals_and_seed_the_next_launch():
    maps = mapping(
        "shared",
        write_satisfied=True,
        write_measure=True,
        read_completion=True,
        write_completion=True,
    )
    tree = activity(
        "course",
        activity(
            "a", objectives=[objective("a", primary=True), objective("skill", maps)]
        ),
        activity(
            "b",
            objectives=[
                objective("b", primary=True),
                objective("skill", mapping("shared", read_completion=True)),
            ],
        ),
        hide_lms_ui=[],
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report(
        "a",
        RuntimeData(
            objectives=[
                {
                    "id": "skill",
                    "success_status": "passed",
                    "completion_status": "completed",
                    "score_scaled": 0.7,
                }
            ]
        ),
    )
    shared = seq.global_objectives["shared"]
    assert shared["satisfied"] is True
    assert shared["measure"] == 0.7
    assert shared["completion"] is True
    seeded = seq.seed("b")
    assert seeded["objectives"][1] == {
        "id": "skill",
        "success_status": "passed",
        "completion_status": "completed",
        "score_scaled": 0.7,
        "progress_measure": None,
    }
    assert json.loads(json.dumps(seq.global_objectives)) == seq.global_objectives


def test_unsupported_conditions_are_false():
    tree = activity(
        "course",
        activity("a", pre_rules=[rule("skip", condition("timeLimitExceeded"))]),
        activity(
            "b", pre_rules=[rule("disabled", condition("outsideAvailableTimeRange"))]
        ),
        control_mode=FLOW,
    )
    seq = Sequencer(tree)
    assert seq.navigate("start").delivered == "a"
    assert seq.navigate("continue").delivered == "b"


def test_choice_exit_off_keeps_the_learner_in_the_module():
    tree = activity(
        "course",
        activity(
            "m1", activity("a"), activity("b"), control_mode={"choice_exit": False}
        ),
        activity("c"),
    )
    seq = Sequencer(tree)
    seq.navigate("choice", "a")
    assert seq.navigate("choice", "c").error == "NB.2.1-8"
    assert seq.navigate("choice", "b").delivered == "b"


def test_forward_only_and_stop_forward_traversal_constrain_choice():
    tree = activity(
        "course",
        activity("a"),
        activity(
            "b", pre_rules=[rule("stopForwardTraversal", condition("satisfied", "not"))]
        ),
        activity("c"),
        control_mode={"forward_only": True, "flow": True},
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    assert seq.navigate("choice", "b").delivered == "b"
    seq.report("b", failed())
    assert seq.navigate("choice", "a").error == "SB.2.4-2"
    assert seq.navigate("choice", "c").error == "SB.2.4-1"
    seq.report("b", passed())
    assert seq.navigate("choice", "c").delivered == "c"


def test_an_exit_condition_rule_ends_the_module():
    module = activity(
        "m1",
        activity("a", delivery=CONTENT_SETS_STATUS),
        activity("b"),
        control_mode=FLOW,
        exit_rules=[rule("exit", condition("satisfied"))],
        rollup={"rules": [rollup_rule("satisfied", "satisfied", child_set="any")]},
    )
    tree = activity(
        "course",
        module,
        activity("m2", activity("x"), control_mode=FLOW),
        control_mode=FLOW,
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("a", passed())
    assert seq.navigate("continue").delivered == "x"
    assert seq.state["activities"]["b"]["attempts"] == 0


def test_constrained_choice_allows_only_the_next_or_previous_activity():
    tree = activity(
        "course",
        activity("a"),
        activity("b", constrain_choice=True),
        activity("c"),
        activity("d"),
        control_mode=FLOW,
    )
    seq = Sequencer(tree)
    seq.navigate("choice", "b")
    assert seq.navigate("choice", "d").error == "SB.2.9-8"
    assert seq.validity()["choice"] == {
        "course": False,
        "a": True,
        "b": True,
        "c": True,
        "d": False,
    }
    assert seq.navigate("choice", "c").delivered == "c"
    assert seq.navigate("choice", "d").delivered == "d"


def test_prevent_activation_requires_the_module_to_be_started_by_flow():
    tree = activity(
        "course",
        activity("intro"),
        activity(
            "m1",
            activity("a"),
            activity("b"),
            control_mode=FLOW,
            prevent_activation=True,
        ),
        control_mode=FLOW,
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    assert seq.navigate("choice", "b").error == "SB.2.9-6"
    assert seq.navigate("continue").delivered == "a"
    assert seq.navigate("choice", "b").delivered == "b"


def test_attempt_duration_limit_disables_a_new_attempt():
    tree = activity("course", activity("a", attempt_duration_limit=60.0), activity("b"))
    seq = Sequencer(tree)
    seq.navigate("choice", "a")
    seq.report("a", RuntimeData(completion_status="incomplete", session_seconds=61.0))
    assert seq.navigate("choice", "b").delivered == "b"
    assert seq.navigate("choice", "a").error == "DB.1.1-3"


def test_a_restored_sequencer_behaves_identically():
    tree = forced_sequential()
    steps = [
        ("start", None, None),
        ("report", "playing", passed()),
        ("continue", None, None),
        (
            "report",
            "etiquette",
            RuntimeData(completion_status="incomplete", exit="suspend"),
        ),
        ("previous", None, None),
        ("choice", "etiquette", None),
        ("report", "etiquette", passed(0.9)),
        ("choice", "quiz", None),
        ("report", "quiz", failed(0.2)),
        ("exitAll", None, None),
    ]
    live = Sequencer(tree, seed=3)
    for request, target, data in steps:
        restored = roundtrip(live, tree, seed=3)
        if request == "report":
            live.report(target, data)
            restored.report(target, data)
        else:
            assert live.navigate(request, target) == restored.navigate(request, target)
        assert snapshot(live) == snapshot(restored)
        assert live.toc() == restored.toc()
    assert live.navigate("start").delivered == "playing"


def test_cmi_objective_with_the_primary_id_fills_the_primary_objective():
    tree = activity(
        "course", activity("a", objectives=[objective("main", primary=True)])
    )
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report(
        "a", RuntimeData(objectives=[{"id": "main", "success_status": "failed"}])
    )
    assert seq.toc()[1]["satisfied"] is False


def test_a_declared_rollup_rule_keeps_the_default_for_the_other_action():
    tree = activity(
        "course",
        activity("a"),
        activity("b"),
        activity("c"),
        rollup={
            "rules": [rollup_rule("satisfied", "satisfied", child_set="atLeastCount")]
        },
    )
    tree["rollup"]["rules"][0]["minimum_count"] = 2
    seq = Sequencer(tree)
    seq.navigate("start")
    seq.report("a", passed())
    assert seq.result().satisfied is None
    seq.report("b", failed())
    seq.report("c", failed())
    # Every child's status is known: the default "not satisfied" rule applies.
    assert seq.result().satisfied is False
    seq.report("c", passed())
    assert seq.result().satisfied is True


def test_randomisation_on_each_new_attempt_reorders_the_next_attempt():
    children = [activity(f"sco{i}") for i in range(6)]
    tree = activity(
        "course",
        *children,
        control_mode=FLOW,
        randomization={"timing": "onEachNewAttempt", "reorder_children": True},
    )
    seq = Sequencer(tree, seed=5)
    orders = [order(seq)]
    for _ in range(4):
        seq.navigate("start")
        seq.navigate("exitAll")
        orders.append(order(seq))
    assert len({tuple(o) for o in orders}) > 1
    assert sorted(orders[-1]) == sorted(orders[0])
    again = Sequencer(tree, seed=5)
    for _ in range(4):
        again.navigate("start")
        again.navigate("exitAll")
    assert order(again) == orders[-1]


def test_a_leaf_that_exited_with_suspend_resumes_when_delivered_again():
    seq = Sequencer(two_modules())
    seq.navigate("start")
    seq.report("a", RuntimeData(completion_status="incomplete", exit="suspend"))
    assert seq.navigate("continue").delivered == "b"
    assert seq.state["activities"]["a"]["suspended"] is True
    back = seq.navigate("previous")
    assert back.delivered == "a"
    assert back.new_attempt is False
    assert seq.state["activities"]["a"]["attempts"] == 1


def completion_chain():
    """Mirror the SequencingPostTestRollup4thEd fixture: lessons unlock on the
    previous lesson's completion (adlseq maps), weights drive the progress bar and
    only the quiz decides the course's status."""
    names = ["playing", "etiquette", "handicapping", "havingfun"]
    weights = [0.5, 0.3, 0.4, 0.3]
    lessons = []
    for index, (name, weight) in enumerate(zip(names, weights, strict=True)):
        own = mapping(
            GOLF + name,
            read_satisfied=False,
            read_measure=False,
            read_completion=True,
            write_completion=True,
        )
        objectives = [objective(name, own, primary=True)]
        rules = []
        if index:
            previous = mapping(
                GOLF + names[index - 1],
                read_satisfied=False,
                read_measure=False,
                read_completion=True,
            )
            objectives.append(objective("previous", previous))
            rules.append(
                rule(
                    "disabled",
                    condition("completed", "not", "previous"),
                    condition("activityProgressKnown", "not", "previous"),
                    combination="any",
                )
            )
        lessons.append(
            activity(
                name,
                objectives=objectives,
                pre_rules=rules,
                completion_threshold={"progress_weight": weight},
                rollup={
                    "objective_satisfied": False,
                    "progress_completion": False,
                    "measure_weight": 0.0,
                },
                delivery=CONTENT_SETS_STATUS,
            )
        )
    quiz = activity(
        "quiz",
        completion_threshold={"progress_weight": 0.1},
        delivery=CONTENT_SETS_STATUS,
    )
    return activity("golf", *lessons, quiz, control_mode={"flow": True})


def test_lessons_unlock_on_completion_and_progress_follows_the_weights():
    seq = Sequencer(completion_chain())
    assert seq.navigate("start").delivered == "playing"
    assert seq.navigate("choice", "etiquette").error == "DB.1.1-3"
    seq.report(
        "playing", RuntimeData(completion_status="completed", progress_measure=1.0)
    )
    assert seq.global_objectives[GOLF + "playing"]["completion"] is True
    assert seq.navigate("continue").delivered == "etiquette"
    seq.report(
        "etiquette", RuntimeData(completion_status="incomplete", progress_measure=0.5)
    )
    result = seq.result()
    assert result.progress_measure == pytest.approx((0.5 * 1.0 + 0.3 * 0.5) / 1.6)
    # Lessons do not count towards the course status; the quiz alone decides it.
    assert result.completed is None
    seq.navigate("jump", "quiz")
    seq.report("quiz", passed(0.9))
    assert seq.result().completed is True
    assert seq.result().satisfied is True


def test_suspend_all_after_the_leaf_ended_resumes_its_module():
    seq = Sequencer(two_modules())
    seq.navigate("start")
    seq.report("a", passed())
    assert seq.navigate("_none_").delivered is None
    assert seq.navigate("suspendAll").ended is True
    assert seq.suspended == "m1"
    resumed = seq.navigate("resumeAll")
    assert resumed.delivered == "a"
    assert resumed.new_attempt is True
    assert seq.state["activities"]["m1"]["attempts"] == 1


def test_exit_all_ends_the_attempt_even_when_the_sco_asked_to_suspend():
    seq = Sequencer(two_modules())
    seq.navigate("start")
    seq.report("a", RuntimeData(completion_status="incomplete", exit="suspend"))
    assert seq.navigate("exitAll").ended is True
    assert seq.suspended is None
    restart = seq.navigate("start")
    assert restart.delivered == "a"
    assert restart.new_attempt is True
    assert seq.state["activities"]["a"]["attempts"] == 2


def test_retry_all_restarts_the_course():
    final = activity(
        "final",
        post_rules=[rule("retryAll", condition("satisfied", "not"))],
        delivery=CONTENT_SETS_STATUS,
    )
    seq = Sequencer(activity("course", activity("lesson"), final, control_mode=FLOW))
    seq.navigate("start")
    seq.navigate("continue")
    seq.report("final", failed())
    restart = seq.navigate("continue")
    assert restart.delivered == "lesson"
    assert seq.state["activities"]["course"]["attempts"] == 2


def test_abandon_leaves_the_attempt_unrecorded():
    seq = Sequencer(two_modules())
    seq.navigate("start")
    assert seq.navigate("abandon").delivered is None
    assert seq.state["activities"]["a"]["active"] is False
    assert seq.toc()[2]["completed"] is None
    assert seq.navigate("abandon").error == "NB.2.1-12"
    assert seq.navigate("continue").delivered == "b"


def test_seed_and_toc_expose_presentation_settings():
    tree = activity(
        "course",
        activity("a", hide_lms_ui=["continue", "previous"]),
        activity("b", visible=False),
        control_mode=FLOW,
    )
    seq = Sequencer(tree)
    assert seq.seed("a") == {"objectives": [], "hide_lms_ui": ["continue", "previous"]}
    rows = seq.toc()
    assert [row["depth"] for row in rows] == [0, 1, 1]
    assert rows[2]["hidden"] is True
    assert rows[2]["choosable"] is True
