"""A pool of Ray actors, each holding one loaded worker object (for ``voicecoach batch``: one
Whisper model), that runs jobs and hands the results back as they finish.

The only module that imports ``ray`` (lazily, with the install hint). Two ways to run:

- embedded (``address`` None, the default): a private local Ray is started for this run on this
  machine and stopped at the end; nothing to set up. It listens on the loopback address only
  (``_node_ip_address=127.0.0.1``: Ray would otherwise find "its" address by opening a UDP socket
  towards 8.8.8.8), with the dashboard off, usage statistics off, cloud probes sent nowhere (``LOCAL_ONLY_ENV``), its logs and temporary files
  under ``temp_dir`` and its workers' output kept off the terminal.
- joined (``address`` given, e.g. ``10.0.0.5:6379`` or ``auto``): the cluster started with
  ``ray start --head`` is used as it is; nothing about it is changed, and only this run's actors
  are removed at the end.

Usage statistics stay off in both (``RAY_USAGE_STATS_ENABLED=0`` is set for this process and the
workers it starts unless the user set it; a cluster's own setting is the cluster's).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import secrets
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voicecoach.core.errors import UserError

#: What the user runs to get Ray.
INSTALL_HINT = "pip install 'voicecoach[batch]' (or: pip install ray pyarrow), or run scripts/setup.sh"
#: Object store of the embedded Ray, bytes: results are small JSON objects, audio never goes through it.
LOCAL_OBJECT_STORE = 80 * 1024 * 1024
#: Where ``ray start --head`` keeps the cluster's token (Ray 2.60's token authentication).
DEFAULT_TOKEN = Path.home() / ".ray" / "auth_token"
#: Environment Ray reads for its privacy settings; set before ``import ray``.
PRIVATE_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_USAGE_STATS_PROMPT_ENABLED": "0"}
#: Where an embedded Ray's own HTTP requests go: a closed port on the loopback address. Ray 2.60's
#: dashboard asks cloud metadata servers (169.254.169.254, metadata.google.internal) which cloud it
#: runs on even with usage statistics off (``usage_stats_head.run``); through this "proxy" the
#: request fails at once, on this machine. The cluster's own processes talk over the loopback
#: address, which ``NO_PROXY`` leaves direct.
NOWHERE_PROXY = "http://127.0.0.1:9"
LOCAL_ONLY_ENV = {
    # Linux Ray finds "its" address by a UDP connect towards 8.8.8.8; in its single-machine mode
    # (the one it uses on macOS and Windows) it takes the loopback address instead.
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
    **{name: NOWHERE_PROXY for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")},
    "no_proxy": "127.0.0.1,localhost,::1",
    "NO_PROXY": "127.0.0.1,localhost,::1",
}


def import_ray() -> Any:
    """``ray``, with usage statistics off; ``UserError`` naming the install command when missing."""
    for key, value in PRIVATE_ENV.items():
        os.environ.setdefault(key, value)
    try:
        import ray
    except ImportError:
        raise UserError("voicecoach batch needs Ray; install it with: {hint}", hint=INSTALL_HINT) from None
    return ray


@dataclass(frozen=True)
class PoolSettings:
    """How the pool runs. ``workers``: actors (each one worker object, e.g. one Whisper model).
    ``cpus_per_worker``: the CPUs Ray reserves for each actor (None: this machine's cores shared
    out among the workers when embedded, 1 on a cluster); it places actors, the threads they
    decode with are ``threads``. ``temp_dir``: Ray's session files and logs when embedded
    (default: a folder under the system temp dir). ``dashboard``: start Ray's dashboard (off unless
    asked). ``runtime_env``: Ray's, e.g. ``{"env_vars": {...}}`` for the workers."""

    workers: int = 1
    address: str | None = None
    cpus_per_worker: float | None = None
    temp_dir: Path | None = None
    dashboard: bool = False
    runtime_env: dict[str, Any] | None = None
    threads: int | None = None
    """Decoding threads per worker (``OMP_NUM_THREADS``); None: the driver's ``OMP_NUM_THREADS``
    when it is set, else the CPUs each worker reserves (cores // workers on this machine,
    ``cpus_per_worker`` or 1 on a cluster; :meth:`RayPool.worker_threads`)."""


@dataclass(frozen=True)
class Done:
    """One finished job: its ``item``, the worker's return value (``value``) or the one-line
    ``error`` when the worker raised or died (then ``value`` is None)."""

    item: Any
    value: Any
    error: str | None


def cpus_here() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


#: Memory one worker may take: a worker's peak was 634-746 MB on the batch benchmark's calls
#: (docs/benchmarks.md "Batch"), and a 2-hour call stays under 1 GB ("Analysis memory").
WORKER_MEMORY = 1 << 30


def default_local_workers() -> int:
    """Workers for a batch on this machine when ``--workers`` is not given: one per core (each
    then decodes with one thread: on 2 cores, 2 workers judged 40.2 h of audio per hour, 1 worker
    with 2 threads 24.6; docs/benchmarks.md "Batch"), at most one per :data:`WORKER_MEMORY` of the
    machine's memory, at least one."""
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not POSIX: the cores decide
        memory = 0
    by_memory = memory // WORKER_MEMORY if memory > 0 else cpus_here()
    return max(1, min(cpus_here(), by_memory))


def default_temp_dir() -> Path:
    """Where the embedded Ray keeps its session and logs: short (Ray's socket paths must fit 107
    bytes) and private to this user."""
    return Path(tempfile.gettempdir()) / f"voicecoach-ray-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


#: Environment the workers start with as the driver has it. ``OMP_NUM_THREADS`` is CTranslate2's
#: decoding threads: unset in the driver, each worker gets the CPUs it reserves, so two workers on
#: two cores do not each start CTranslate2's default of 4 threads (measured: 2 workers on 2 cores,
#: 30 calls, 52.5 s with the default, 48.9 s with 1 thread each; docs/benchmarks.md "Batch").
#: Word times depend a little on the thread count (a finding's end 20.988 s with 1 thread,
#: 20.968 s with 2, on tests/helpers/call_archive's "polite" call): ``analyze --call`` run with
#: the workers' ``OMP_NUM_THREADS`` judges a call exactly as the batch does. It must be set when
#: the worker process starts (OpenMP reads it when loaded), hence Ray's ``runtime_env``.
DRIVER_ENV = ("OMP_NUM_THREADS",)


class _Worker:
    """The actor's body: builds the worker object once (``make()``), then calls it per job."""

    def __init__(self, make: Callable[[], Callable[[Any], Any]]) -> None:
        self._work = make()

    def ready(self) -> int:
        return os.getpid()

    def run(self, item: Any) -> Any:
        return self._work(item)


class RayPool:
    """Started Ray with ``settings.workers`` actors built by ``make`` (a picklable callable that
    returns the per-job function; it runs once in each actor). Use as a context manager."""

    def __init__(self, settings: PoolSettings, make: Callable[[], Callable[[Any], Any]]) -> None:
        if settings.workers < 1:
            raise UserError("--workers must be a whole number of 1 or more, not '{value}'", value=settings.workers)
        self.settings = settings
        self._make = make
        self._ray: Any = None
        self._started_here = False
        self._actors: list[Any] = []

    def __enter__(self) -> RayPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        """Start (embedded) or join (``address``) Ray and create the actors."""
        if self.settings.address is None:
            os.environ.update(LOCAL_ONLY_ENV)
            # Ray 2.60 protects a cluster with a token and would write one to ~/.ray/auth_token;
            # this run's own token stays in its processes' environment instead
            os.environ["RAY_AUTH_MODE"] = "token"
            os.environ["RAY_AUTH_TOKEN"] = secrets.token_hex(32)
        elif "RAY_AUTH_MODE" not in os.environ and (
            os.environ.get("RAY_AUTH_TOKEN") or os.environ.get("RAY_AUTH_TOKEN_PATH") or DEFAULT_TOKEN.is_file()
        ):
            # the cluster's token (as 'ray start --head' left it) is only sent when asked for
            os.environ["RAY_AUTH_MODE"] = "token"
        ray = import_ray()
        self._ray = ray
        settings = self.settings
        quiet = {"log_to_driver": False, "logging_level": logging.ERROR, "configure_logging": True}
        if settings.address is None:
            ray._private.ray_constants.ENABLE_RAY_CLUSTER = False  # and by this one, imported already
            temp_dir = run_folder(settings.temp_dir or default_temp_dir())
            cores = cpus_here()
            per_worker = settings.cpus_per_worker or max(1, cores // settings.workers)
            try:
                ray.init(
                    address="local",
                    num_cpus=max(cores, int(per_worker * settings.workers + 0.999)),
                    include_dashboard=settings.dashboard,
                    object_store_memory=LOCAL_OBJECT_STORE,
                    _temp_dir=str(temp_dir),
                    _node_ip_address="127.0.0.1",
                    runtime_env=self._runtime_env(),
                    **quiet,
                )
            except Exception as error:  # noqa: BLE001 - Ray raises many kinds; one line says why
                raise UserError(
                    "could not start a local Ray ({reason}); check free memory and {folder}",
                    reason=_line(error),
                    folder=temp_dir,
                ) from None
            self._started_here = True
        else:
            per_worker = settings.cpus_per_worker or 1
            host_port = reachable(settings.address)
            if host_port is not None and is_loopback(host_port[0]):
                # a head on this machine listening on the loopback address only: Linux Ray would
                # dial this machine's network address instead and wait for minutes
                ray._private.ray_constants.ENABLE_RAY_CLUSTER = False
            try:
                ray.init(address=settings.address, runtime_env=self._runtime_env(), **quiet)
            except Exception as error:  # noqa: BLE001
                raise UserError(
                    "could not join the Ray cluster at {address} ({reason}); "
                    "start it with 'ray start --head' or check --ray-address",
                    address=settings.address,
                    reason=_line(error),
                ) from None
        actor = ray.remote(num_cpus=per_worker, max_restarts=0)(_Worker)
        self._actors = [actor.remote(self._make) for _ in range(settings.workers)]
        try:
            ray.get([a.ready.remote() for a in self._actors])
        except Exception as error:  # noqa: BLE001
            self.stop()
            raise UserError("the batch workers could not start ({reason})", reason=_line(error)) from None

    def stop(self) -> None:
        """Remove this run's actors; shut an embedded Ray down (a joined cluster keeps running)."""
        ray = self._ray
        if ray is None:
            return
        for actor in self._actors:
            with contextlib.suppress(Exception):  # gone already
                ray.kill(actor)
        self._actors = []
        try:
            ray.shutdown()
        finally:
            self._ray = None

    def map_unordered(self, items: Iterable[Any]) -> Iterator[Done]:
        """Run every item on the actors, at most one job per actor at a time (each holds one
        model, and a job's audio stays on the worker), yielding each as it finishes. A job whose
        worker raised is a :class:`Done` with ``error``; a dead actor is replaced and the run goes on."""
        ray = self._ray
        if ray is None:
            raise RuntimeError("RayPool.start() first")
        waiting = iter(items)
        running: dict[Any, tuple[int, Any]] = {}

        def submit(slot: int) -> bool:
            item = next(waiting, _END)
            if item is _END:
                return False
            running[self._actors[slot].run.remote(item)] = (slot, item)
            return True

        for slot in range(len(self._actors)):
            if not submit(slot):
                break
        while running:
            [ref], _ = ray.wait(list(running), num_returns=1)
            slot, item = running.pop(ref)
            try:
                yield Done(item, ray.get(ref), None)
            except ray.exceptions.RayActorError as error:
                worker = ray.remote(num_cpus=self._num_cpus(), max_restarts=0)(_Worker)
                self._actors[slot] = worker.remote(self._make)
                yield Done(item, None, f"the worker stopped ({_line(error)})")
            except ray.exceptions.RayTaskError as error:
                yield Done(item, None, _line(error.cause if getattr(error, "cause", None) else error))
            submit(slot)

    def _runtime_env(self) -> dict[str, Any]:
        """Ray's ``runtime_env`` for this job: the given one, with :data:`DRIVER_ENV` as the
        driver has it and ``OMP_NUM_THREADS`` set to :meth:`worker_threads` among its ``env_vars``."""
        runtime_env = dict(self.settings.runtime_env or {})
        env_vars = {name: os.environ.get(name, "") for name in DRIVER_ENV}
        env_vars["OMP_NUM_THREADS"] = str(self.worker_threads())
        runtime_env["env_vars"] = {**env_vars, **dict(runtime_env.get("env_vars") or {})}
        return runtime_env

    def worker_threads(self) -> int:
        """CTranslate2's threads in each worker (``OMP_NUM_THREADS``): ``settings.threads``, else
        the driver's ``OMP_NUM_THREADS`` when it is a positive whole number, else the CPUs each
        worker reserves (:data:`DRIVER_ENV` says why)."""
        if self.settings.threads is not None:
            return max(1, self.settings.threads)
        driver = os.environ.get("OMP_NUM_THREADS", "").strip()
        if driver.isdigit() and int(driver) > 0:
            return int(driver)
        return max(1, int(self._num_cpus()))

    def _num_cpus(self) -> float:
        if self.settings.cpus_per_worker:
            return self.settings.cpus_per_worker
        return max(1, cpus_here() // self.settings.workers) if self.settings.address is None else 1


def reachable(address: str, timeout: float = 5.0) -> tuple[str, int] | None:
    """``(host, port)`` of a ``host:port`` cluster address after checking that something listens
    there (``UserError`` naming the fix when not: Ray itself would retry for minutes). None for
    the addresses Ray resolves itself (``auto``, ``ray://...``, a bare host)."""
    if address == "auto" or "://" in address or ":" not in address:
        return None
    host, _, port_text = address.rpartition(":")
    host = host.strip("[]")
    if not port_text.isdigit():
        raise UserError("--ray-address {address} is not HOST:PORT (e.g. 10.0.0.5:6379) or auto", address=address)
    try:
        with socket.create_connection((host, int(port_text)), timeout=timeout):
            pass
    except OSError as error:
        raise UserError(
            "could not join the Ray cluster at {address} ({reason}); "
            "start it with 'ray start --head' or check --ray-address",
            address=address,
            reason=error.strerror or error,
        ) from None
    return host, int(port_text)


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine's loopback address."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def run_folder(base: Path) -> Path:
    """This run's folder for an embedded Ray's session (``base/run-<pid>``); the folders of
    earlier runs whose process is gone are removed first, so Ray's logs do not pile up and a
    run going on beside this one keeps its own. The last run's logs stay until the next run."""
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    for old in base.glob("run-*"):
        pid = old.name.removeprefix("run-")
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    own = base / f"run-{os.getpid()}"
    own.mkdir(exist_ok=True, mode=0o700)
    return own


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_END = object()


def _line(error: BaseException) -> str:
    """An error as one short line: its type and first line of message."""
    text = str(error).strip().splitlines()
    first = next((line.strip() for line in text if line.strip()), "")
    return f"{type(error).__name__}: {first}"[:300] if first else type(error).__name__


__all__ = [
    "Done",
    "PoolSettings",
    "RayPool",
    "import_ray",
    "INSTALL_HINT",
    "cpus_here",
    "default_local_workers",
    "default_temp_dir",
]
