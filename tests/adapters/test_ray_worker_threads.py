"""How many decoding threads each batch worker gets (``RayPool.worker_threads``): two workers on
two cores must not each start CTranslate2's default of 4 threads; the driver's
``OMP_NUM_THREADS`` or ``PoolSettings.threads`` wins when given."""

from __future__ import annotations

import pytest

from voicecoach.adapters import ray_pool
from voicecoach.adapters.ray_pool import PoolSettings, RayPool


def _threads(monkeypatch: pytest.MonkeyPatch, cores: int, omp: str | None, **settings: object) -> int:
    monkeypatch.setattr(ray_pool, "cpus_here", lambda: cores)
    if omp is None:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OMP_NUM_THREADS", omp)
    pool = RayPool(PoolSettings(**settings), make=lambda: lambda item: item)  # type: ignore[arg-type]
    return pool.worker_threads()


@pytest.mark.parametrize(
    ("cores", "workers", "expected"),
    [(2, 1, 2), (2, 2, 1), (16, 4, 4), (2, 3, 1), (1, 1, 1)],
)
def test_unset_each_worker_gets_its_share_of_the_cores(monkeypatch, cores, workers, expected):
    assert _threads(monkeypatch, cores, None, workers=workers) == expected


def test_a_cluster_worker_gets_the_cpus_it_reserves(monkeypatch):
    assert _threads(monkeypatch, 2, None, workers=8, address="10.0.0.5:6379") == 1
    assert _threads(monkeypatch, 2, None, workers=8, address="10.0.0.5:6379", cpus_per_worker=4) == 4


@pytest.mark.parametrize(("omp", "expected"), [("3", 3), ("", 1), ("abc", 1), ("0", 1)])
def test_the_drivers_setting_wins_when_it_is_a_count(monkeypatch, omp, expected):
    assert _threads(monkeypatch, 2, omp, workers=2) == expected


def test_the_settings_win_over_everything(monkeypatch):
    assert _threads(monkeypatch, 2, "3", workers=2, threads=2) == 2


def test_the_workers_start_with_it_in_their_environment(monkeypatch):
    monkeypatch.setattr(ray_pool, "cpus_here", lambda: 2)
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    pool = RayPool(PoolSettings(workers=2, runtime_env={"env_vars": {"EXTRA": "1"}}), make=lambda: lambda item: item)  # type: ignore[arg-type]
    assert pool._runtime_env()["env_vars"] == {"OMP_NUM_THREADS": "1", "EXTRA": "1"}


@pytest.mark.parametrize(
    ("cores", "memory_gb", "expected"),
    [(2, 24, 2), (16, 8, 8), (64, 32, 32), (1, 4, 1), (4, 0.5, 1)],
)
def test_a_local_batch_runs_one_worker_per_core_within_memory(monkeypatch, cores, memory_gb, expected):
    monkeypatch.setattr(ray_pool, "cpus_here", lambda: cores)
    pages = int(memory_gb * (1 << 30)) // 4096
    monkeypatch.setattr(ray_pool.os, "sysconf", lambda name: 4096 if name == "SC_PAGE_SIZE" else pages)
    assert ray_pool.default_local_workers() == expected
