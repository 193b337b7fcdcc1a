"""deploy/: the Dockerfile installs the way CI does, the unit is hardened, docs list every setting.

Docker cannot run on the CI machines, so these tests hold the Dockerfile to the
install script that `make venv` (and so CI) runs, and check it copies every file
the package build needs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, cli_env

DEPLOY = REPO_ROOT / "deploy"
DOCKERFILE = (DEPLOY / "Dockerfile").read_text("utf-8")
UNIT = (DEPLOY / "newsbrief.service").read_text("utf-8")


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    pairs = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            pairs.append((keyword.upper(), rest.strip()))
    return pairs


def test_dockerfile_installs_with_the_script_make_venv_runs():
    makefile = (REPO_ROOT / "Makefile").read_text("utf-8")
    assert "deploy/install.sh" in makefile, "make venv must install through deploy/install.sh"
    runs = [args for keyword, args in dockerfile_instructions() if keyword == "RUN"]
    assert any("deploy/install.sh" in args for args in runs)
    assert not any("pip install" in args for args in runs), "install only through deploy/install.sh"


def test_dockerfile_copies_every_file_the_package_build_reads():
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))
    needed = {"pyproject.toml", project["project"]["readme"], "deploy/install.sh"}
    needed |= {pattern.rstrip("*") for pattern in project["tool"]["setuptools"]["packages"]["find"]["include"]}
    copied = set()
    for keyword, args in dockerfile_instructions():
        if keyword == "COPY":
            copied.update(part.rstrip("/") for part in args.split()[:-1] if not part.startswith("--"))
    assert needed <= copied, f"the Dockerfile does not copy {sorted(needed - copied)}"
    for path in needed:
        assert (REPO_ROOT / path).exists(), path


def test_dockerfile_runs_unprivileged_with_the_database_on_a_volume_and_a_healthcheck():
    instructions = dockerfile_instructions()
    keywords = [keyword for keyword, _ in instructions]
    assert instructions[0][0] == "FROM" and re.match(r"python:3\.11[.\d]*-slim", instructions[0][1])
    users = [args for keyword, args in instructions if keyword == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert keywords.index("USER") > max(i for i, k in enumerate(keywords) if k == "RUN")
    env = " ".join(args for keyword, args in instructions if keyword == "ENV")
    db_dir = str(Path(re.search(r"NEWSBRIEF_DB=(\S+)", env).group(1)).parent)
    volumes = " ".join(args for keyword, args in instructions if keyword == "VOLUME")
    assert db_dir in volumes
    assert "NEWSBRIEF_JIEBA_CACHE=" in env
    assert "HEALTHCHECK" in keywords
    health = next(args for keyword, args in instructions if keyword == "HEALTHCHECK")
    assert '"newsbrief", "health"' in health


def test_install_script_warms_a_world_readable_jieba_cache(tmp_path):
    cache = tmp_path / "jieba-cache"
    result = subprocess.run(
        ["sh", str(DEPLOY / "install.sh"), "--warm-only", sys.executable],
        env=cli_env({"NEWSBRIEF_JIEBA_CACHE": str(cache)}),
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    cached = cache / "jieba.cache"
    assert cached.stat().st_size > 1_000_000
    assert cached.stat().st_mode & 0o044 == 0o044, "the runtime user must be able to read the cache"
    [tags] = cache.glob("newsbrief-postags.*.cache")
    assert tags.stat().st_mode & 0o044 == 0o044


def test_install_script_takes_an_interpreter_path_relative_to_the_callers_folder(tmp_path):
    # make passes ".venv/bin/python": the script's own cd's must not break that path.
    interpreter = Path(sys.executable)
    cache = tmp_path / "jieba-cache"
    warm = Path(tempfile.gettempdir()) / "jieba.cache"
    if warm.exists():  # the cache's making is the test above; this one is about the path
        cache.mkdir()
        shutil.copy(warm, cache / "jieba.cache")
    result = subprocess.run(
        ["sh", str(DEPLOY / "install.sh"), "--warm-only", f"{interpreter.parent.name}/{interpreter.name}"],
        cwd=interpreter.parent.parent,
        env=cli_env({"NEWSBRIEF_JIEBA_CACHE": str(cache)}),
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert (cache / "jieba.cache").stat().st_size > 1_000_000


def test_install_script_rejects_unknown_options():
    result = subprocess.run(["sh", str(DEPLOY / "install.sh"), "--bogus", "python3"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "unknown option --bogus" in result.stderr


HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    "SystemCallFilter": "@system-service",
    "CapabilityBoundingSet": "",
}


def unit_settings() -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in UNIT.splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def test_systemd_unit_is_hardened_and_can_write_only_its_database_directory():
    settings = unit_settings()
    for key, value in HARDENING.items():
        assert value in settings.get(key, []), f"{key}={value} missing"
    db = next(v for v in settings["Environment"] if v.startswith("NEWSBRIEF_DB="))
    db_dir = str(Path(db.split("=", 1)[1]).parent)
    assert db_dir in settings["ReadWritePaths"][0].split()
    assert settings["MemoryMax"]
    assert settings["User"] != ["root"]
    assert settings["ExecStart"][0].endswith("newsbrief run")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_systemd_unit_passes_systemd_analyze_verify(tmp_path):
    # The real ExecStart points into /opt; swap in a binary that exists here.
    unit = tmp_path / "newsbrief.service"
    unit.write_text(re.sub(r"(?m)^ExecStart=.*$", "ExecStart=/bin/true", UNIT), "utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                            text=True, timeout=60)
    complaints = [line for line in result.stderr.splitlines() if str(unit) in line]
    assert result.returncode == 0 and not complaints, result.stderr
