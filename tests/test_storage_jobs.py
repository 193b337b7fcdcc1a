"""Pending jobs: each transition happens once, and only other runs' jobs are recovered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.jobs import MAX_JOB_ATTEMPTS
from storage.store import Store


def test_a_job_is_accepted_once_per_message_and_finished_once(tmp_path):
    with Store(tmp_path / "n.db") as store:
        job = store.accept_job(5, 10, '{"name": ""}', owner="run1", placeholder_id=11)
        assert job is not None
        assert store.accept_job(5, 10, '{"name": ""}', owner="run1") is None  # the same update again
        assert store.finish_job(job) is True
        assert store.finish_job(job) is False
        assert store.finish_job(job, failed=True) is False
        finished = store.get_job(job)
        assert finished.state == "answered" and finished.request == ""
        assert store.unfinished_jobs(not_owner="run2") == []


def test_recovery_sees_only_other_runs_and_claims_each_job_once(tmp_path):
    with Store(tmp_path / "n.db") as store:
        old = store.accept_job(5, 10, "{}", owner="run1")
        store.accept_job(5, 12, "{}", owner="run2")
        [open_job] = store.unfinished_jobs(not_owner="run2")
        assert open_job.id == old and open_job.attempts == 1
        assert store.claim_job(old, open_job.attempts, owner="run2") is True
        assert store.claim_job(old, open_job.attempts, owner="run3") is False  # already taken at 1
        assert store.unfinished_jobs(not_owner="run2") == []


def test_a_job_that_keeps_crashing_the_bot_runs_out_of_attempts(tmp_path):
    with Store(tmp_path / "n.db") as store:
        job = store.accept_job(5, 10, "{}", owner="run0")
        for run in range(1, MAX_JOB_ATTEMPTS):
            attempts = store.get_job(job).attempts
            assert store.claim_job(job, attempts, owner=f"run{run}") is True
        assert store.claim_job(job, store.get_job(job).attempts, owner="last") is False


def test_finished_jobs_are_pruned_after_a_week_and_open_ones_never(tmp_path):
    start = datetime(2030, 1, 1, tzinfo=UTC)
    with Store(tmp_path / "n.db") as store:
        done = store.accept_job(5, 10, "{}", now=start)
        store.finish_job(done, now=start)
        store.accept_job(5, 11, "{}", now=start)
        assert store.prune_jobs(now=start + timedelta(days=6)) == 0
        assert store.prune_jobs(now=start + timedelta(days=8)) == 1
        assert len(store.unfinished_jobs(not_owner="x")) == 1


def test_forgetting_a_chat_forgets_its_jobs(tmp_path):
    with Store(tmp_path / "n.db") as store:
        store.accept_job(5, 10, "{}")
        store.delete_chat(5)
        assert store.unfinished_jobs(not_owner="x") == []
