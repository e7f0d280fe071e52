"""API keys per user in the users file (`python -m assistant api-key NAME`) and the one login check
(`assistant/web/auth.py`) that /api, /v1 and /mcp share: a key or Basic credentials."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import bcrypt
import pytest

from assistant.cli import main
from assistant.web.auth import authenticate, basic_credentials, bearer_token
from assistant.web.users import KEY_PREFIX, UserDirectory, UsersError, add_user, issue_api_key

pytestmark = pytest.mark.unit


@pytest.fixture
def users_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cheap = bcrypt.gensalt
    monkeypatch.setattr(bcrypt, "gensalt", lambda rounds=12: cheap(4))  # the test's hashes need no real cost
    path = tmp_path / "users.toml"
    add_user(path, "anna", "anna-lösenord", "staff")
    add_user(path, "admin", "admin-lösenord", "admin")
    return path


def basic(name: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode("ascii")


def test_a_key_is_stored_as_its_sha256_and_names_its_user(users_file: Path) -> None:
    key = issue_api_key(users_file, "anna")
    assert key.startswith(KEY_PREFIX) and len(key) > 40
    text = users_file.read_text("utf-8")
    assert key not in text and hashlib.sha256(key.encode()).hexdigest() in text
    users = UserDirectory.load(users_file)
    assert users.verify_key(key) == "anna"
    assert users.verify_key(key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert users.verify_key("") is None and users.verify_key(key.removeprefix(KEY_PREFIX)) is None
    assert oct(users_file.stat().st_mode & 0o777) == "0o600"


def test_a_new_key_replaces_the_old_and_a_new_password_keeps_the_key(users_file: Path) -> None:
    old = issue_api_key(users_file, "anna")
    new = issue_api_key(users_file, "anna")
    users = UserDirectory.load(users_file)
    assert users.verify_key(old) is None and users.verify_key(new) == "anna"
    add_user(users_file, "anna", "ett-nytt-lösenord", "staff")
    users = UserDirectory.load(users_file)
    assert users.verify_key(new) == "anna" and users.verify("anna", "ett-nytt-lösenord")
    admin = issue_api_key(users_file, "admin")
    assert UserDirectory.load(users_file).verify_key(admin) == "admin"


def test_no_key_for_an_unknown_user_and_a_malformed_hash_is_refused(users_file: Path) -> None:
    with pytest.raises(UsersError, match="add-user"):
        issue_api_key(users_file, "okänd")
    users_file.write_text(users_file.read_text("utf-8") + 'api_key_sha256 = "abc"\n', "utf-8")
    with pytest.raises(UsersError, match="64 hex"):
        UserDirectory.load(users_file)


@pytest.mark.parametrize(("header", "expected"), [
    (basic("anna", "anna-lösenord"), "anna"),
    (basic("anna", "fel"), None),
    (basic("okänd", "anna-lösenord"), None),
    ("Basic !!!", None),
    ("Bearer", None),
    ("", None),
    ("Token x", None),
])
def test_authenticate_takes_basic_credentials(users_file: Path, header: str, expected: str | None) -> None:
    assert authenticate(header, UserDirectory.load(users_file)) == expected


def test_authenticate_takes_a_key_and_never_a_password_as_a_key(users_file: Path) -> None:
    key = issue_api_key(users_file, "admin")
    users = UserDirectory.load(users_file)
    assert authenticate(f"Bearer {key}", users) == "admin"
    assert authenticate(f"bearer  {key} ", users) == "admin"
    assert authenticate("Bearer anna-lösenord", users) is None
    assert authenticate(f"Basic {key}", users) is None


def test_header_parsing() -> None:
    assert basic_credentials(basic("åsa", "p:å")) == ("åsa", "p:å")
    assert basic_credentials("Basic " + base64.b64encode(b"no-colon").decode()) is None
    assert basic_credentials("Basic " + base64.b64encode(b"\xff:x").decode()) is None
    assert bearer_token("Bearer  rg-abc ") == "rg-abc" and bearer_token("Bearer ") is None
    assert bearer_token(basic("a", "b")) is None


def test_the_api_key_command_prints_the_key_once(users_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["api-key", "anna", "--file", str(users_file)]) == 0
    out, err = capsys.readouterr()
    key = out.strip()
    assert UserDirectory.load(users_file).verify_key(key) == "anna"
    assert "visas bara nu" in err and key not in err
    assert main(["api-key", "okänd", "--file", str(users_file)]) == 2
    assert "add-user" in capsys.readouterr().err
