"""The web page's users file (bcrypt hashes, roles, `add-user`) and the feedback store (SQLite,
personal identity numbers redacted before anything is written)."""

from __future__ import annotations

import io
import sqlite3
import stat
import sys
from pathlib import Path

import bcrypt
import pytest

from assistant.cli import main
from assistant.privacy import REDACTED
from assistant.web import users as users_module
from assistant.web.feedback import MAX_COMMENT, FeedbackStore
from assistant.web.users import LoginThrottle, User, UserDirectory, UsersError, add_user, hash_password

pytestmark = pytest.mark.unit

PASSWORD = "rätt häst batteri"
PNRS = ["19850101-1234", "850101-1234", "8501011234"]


@pytest.fixture
def fast_bcrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cost 4 instead of 12: the same algorithm, milliseconds instead of half a second a hash."""
    real = bcrypt.gensalt
    monkeypatch.setattr(users_module.bcrypt, "gensalt", lambda rounds=4, prefix=b"2b": real(4, prefix))


# --- users -----------------------------------------------------------------------------------

@pytest.mark.usefixtures("fast_bcrypt")
def test_hash_and_verify_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "users.toml"
    add_user(path, "anna", PASSWORD, "admin")
    directory = UserDirectory.load(path)
    assert directory.verify("anna", PASSWORD)
    assert not directory.verify("anna", PASSWORD + "x")
    assert not directory.verify("anna", PASSWORD.upper())
    assert not directory.verify("anna", "")
    assert not directory.verify("nobody", PASSWORD)
    assert not directory.verify("anna", None)  # type: ignore[arg-type]
    assert directory.is_admin("anna") and not directory.is_admin("nobody") and not directory.is_admin(None)
    assert PASSWORD not in path.read_text("utf-8")  # only the hash is stored


@pytest.mark.usefixtures("fast_bcrypt")
def test_hash_password_refuses_short_passwords() -> None:
    with pytest.raises(UsersError, match="8 characters"):
        hash_password("kort")
    assert hash_password("precis8!").startswith("$2b$")


def test_an_unknown_user_costs_as_much_as_a_wrong_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Otherwise the response time tells which user names exist."""
    real_hash = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=5))  # neither the default nor 4
    directory = UserDirectory({"anna": User("anna", real_hash.decode(), "staff")})
    checked: list[bytes] = []
    real_check = bcrypt.checkpw

    def spy(password: bytes, hashed: bytes) -> bool:
        checked.append(hashed)
        return real_check(password, hashed)

    monkeypatch.setattr(users_module.bcrypt, "checkpw", spy)
    assert not directory.verify("anna", "fel lösenord")
    assert not directory.verify("okänd", "fel lösenord")
    assert len(checked) == 2
    assert checked[1][:7] == checked[0][:7] == b"$2b$05$"  # same algorithm and cost


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def throttled(clock: Clock, max_failures: int = 3, window_s: float = 60.0) -> UserDirectory:
    users = {name: User(name, bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode(), "staff")
             for name in ("anna", "bo")}
    return UserDirectory(users, LoginThrottle(max_failures, window_s, clock))


def test_wrong_passwords_lock_that_user_name_for_a_while() -> None:
    clock = Clock()
    directory = throttled(clock)
    for _ in range(3):
        assert not directory.verify("anna", "gissning")
        clock.now += 1
    assert not directory.verify("anna", PASSWORD)  # locked: even the right password is refused
    assert directory.throttle.locked_for("anna") == pytest.approx(60 - 3)
    assert directory.verify("bo", PASSWORD)  # another user is not touched
    clock.now += 57  # the first failure is now as old as the window
    assert directory.verify("anna", PASSWORD)


def test_a_locked_name_costs_no_bcrypt_round(monkeypatch: pytest.MonkeyPatch) -> None:
    directory = throttled(Clock(), max_failures=2)
    calls: list[bytes] = []
    real_check = bcrypt.checkpw
    monkeypatch.setattr(users_module.bcrypt, "checkpw",
                        lambda pw, hashed: calls.append(hashed) or real_check(pw, hashed))
    for _ in range(5):
        directory.verify("okänd", "gissning")  # a name that is no user locks the same way
    assert len(calls) == 2 and directory.throttle.locked_for("okänd") > 0


def test_a_right_password_clears_the_count_and_a_cached_login_survives_a_lock() -> None:
    clock = Clock()
    directory = throttled(clock)
    for _ in range(2):
        assert not directory.verify("anna", "gissning")
    assert directory.verify("anna", PASSWORD)  # the count starts again
    for _ in range(2):
        assert not directory.verify("anna", "gissning")
    assert directory.throttle.locked_for("anna") == 0
    assert not directory.verify("anna", "gissning")  # the third in a row: locked
    assert directory.throttle.locked_for("anna") > 0
    assert directory.verify("anna", PASSWORD)  # verified minutes ago: the logged-in user keeps working


def test_parallel_guesses_get_no_more_checks_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checks under way count against the limit: 20 threads guessing at once run 3 bcrypt checks."""
    import threading

    directory = throttled(Clock(), max_failures=3)
    calls: list[bytes] = []
    real_check = bcrypt.checkpw
    started = threading.Barrier(20)

    def slow_check(pw: bytes, hashed: bytes) -> bool:
        calls.append(hashed)
        return real_check(pw, hashed)

    monkeypatch.setattr(users_module.bcrypt, "checkpw", slow_check)

    def guess() -> None:
        started.wait()
        directory.verify("anna", "gissning")

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) <= 3 and directory.throttle.locked_for("anna") > 0
    assert not directory.throttle._pending  # every reservation ended


def test_the_throttle_forgets_the_stalest_names_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    throttle = LoginThrottle(3, 60.0, clock)
    monkeypatch.setattr(LoginThrottle, "MAX_NAMES", 50)
    for i in range(200):
        clock.now += 0.01
        throttle.failed(f"namn{i}")
    assert len(throttle._failures) <= 50
    assert "namn199" in throttle._failures and "namn0" not in throttle._failures


@pytest.mark.usefixtures("fast_bcrypt")
def test_add_user_keeps_the_other_users_and_replaces_one(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "users.toml"
    add_user(path, "anna", PASSWORD, "admin")
    add_user(path, "bo.ek@region.se", "bos lösenord", "staff")
    add_user(path, "anna", "nytt lösenord", "staff")  # replaced, not duplicated
    directory = UserDirectory.load(path)
    assert sorted(directory.users) == ["anna", "bo.ek@region.se"]
    assert directory.verify("anna", "nytt lösenord") and not directory.verify("anna", PASSWORD)
    assert directory.users["anna"].role == "staff" and not directory.is_admin("anna")
    assert directory.verify("bo.ek@region.se", "bos lösenord")


@pytest.mark.usefixtures("fast_bcrypt")
def test_users_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "users.toml"
    add_user(path, "anna", PASSWORD, "admin")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["users.toml"]  # no temporary file left


@pytest.mark.usefixtures("fast_bcrypt")
@pytest.mark.parametrize(("name", "role"), [
    ("anna", "root"), ("anna", ""), ("", "admin"), ("a b", "admin"), ('x"]\n[users.evil', "admin"),
    ("../etc", "staff"), ("a" * 65, "staff"),
])
def test_bad_role_or_name_is_refused_and_nothing_written(tmp_path: Path, name: str, role: str) -> None:
    path = tmp_path / "users.toml"
    add_user(path, "anna", PASSWORD, "admin")
    before = path.read_bytes()
    with pytest.raises(UsersError):
        add_user(path, name, PASSWORD, role)
    assert path.read_bytes() == before


@pytest.mark.parametrize(("content", "problem"), [
    (None, "does not exist"),
    ("[users.anna\npassword_hash = ", "cannot be read"),
    (b"\xff\xfe\x00garbage", "cannot be read"),
    ('[users.anna]\npassword_hash = "plaintext"\nrole = "admin"\n', "bcrypt"),
    ('[users.anna]\npassword_hash = "$2b$04$abc"\nrole = "admin"\n', "bcrypt"),  # cut short
    ('[users.anna]\npassword_hash = "x$2b$04$1234567890123456789012.123456789012345678901234567890"\n', "bcrypt"),
    ('[users.anna]\npassword_hash = "$2b$04$cs07p2ji8M31OdkDpE0EDuy/Eb4bM4GBXWn4HNDuu/vvkMGLjL9EC"\n'
     'role = "god"\n', "role"),
    ('[users]\nanna = "secret"\n', "bcrypt"),
    ("# nobody here\n", "no [users.NAME]"),
    ('users = "anna"\n', "no [users.NAME]"),
])
def test_damaged_users_file_names_the_path(tmp_path: Path, content: str | bytes | None, problem: str) -> None:
    path = tmp_path / "users.toml"
    if isinstance(content, str):
        path.write_text(content, "utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(UsersError) as info:
        UserDirectory.load(path)
    assert str(path) in str(info.value) and problem in str(info.value)


def test_a_hash_that_only_looks_like_bcrypt_fails_the_login_without_an_exception() -> None:
    directory = UserDirectory({"anna": User("anna", "$2b$04$" + "a" * 53, "admin")})
    assert not directory.verify("anna", PASSWORD)
    assert not directory.verify("okänd", PASSWORD)


def test_role_defaults_to_staff(tmp_path: Path) -> None:
    path = tmp_path / "users.toml"
    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
    path.write_text(f'[users.bo]\npassword_hash = "{hashed}"\n', "utf-8")
    directory = UserDirectory.load(path)
    assert directory.users["bo"].role == "staff" and not directory.is_admin("bo")
    assert directory.verify("bo", PASSWORD)


@pytest.mark.usefixtures("fast_bcrypt")
def test_add_user_does_not_overwrite_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "users.toml"
    path.write_text("[users.anna\n", "utf-8")
    with pytest.raises(UsersError, match="cannot be read"):
        add_user(path, "bo", PASSWORD, "staff")
    assert path.read_text("utf-8") == "[users.anna\n"


# --- `python -m assistant add-user` (in-process; the subprocess runs are in test_assistant_cli) --

@pytest.mark.usefixtures("fast_bcrypt")
def test_cli_add_user_reads_the_password_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "users.toml"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["add-user", "anna", "--role", "admin", "--file", str(path)]) == 0
    assert "anna" in capsys.readouterr().out
    directory = UserDirectory.load(path)
    assert directory.verify("anna", PASSWORD) and directory.is_admin("anna")


@pytest.mark.parametrize("stdin", ["kort\n", "\n", ""])
def test_cli_add_user_refuses_a_short_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str
) -> None:
    path = tmp_path / "users.toml"
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main(["add-user", "anna", "--role", "admin", "--file", str(path)]) == 2
    err = capsys.readouterr().err
    assert "8 characters" in err and "Traceback" not in err
    assert not path.exists()


def test_cli_add_user_without_a_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add-user", "anna"]) == 2
    assert "ASSISTANT_USERS_FILE" in capsys.readouterr().err


# --- feedback --------------------------------------------------------------------------------

def rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM feedback").fetchall()


def test_feedback_add_comment_and_list(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "data" / "feedback.sqlite3")
    first = store.add("Hur mycket ersätts KBT?", "12 000 kronor [1]", 1, user="anna", citations="avtal-2015")
    second = store.add("Vem betalar?", "Försäkringskassan [1]", -1)
    assert (first, second) == (1, 2)
    assert store.comment(second, "  Fel myndighet.  ")
    assert not store.comment(99, "finns inte")
    items = store.all()
    assert [(f.id, f.rating, f.user, f.comment, f.citations) for f in items] == [
        (1, 1, "anna", "", "avtal-2015"), (2, -1, "", "Fel myndighet.", "")]
    assert items[0].question == "Hur mycket ersätts KBT?" and items[0].answer == "12 000 kronor [1]"
    assert items[0].created <= items[1].created
    assert FeedbackStore(store.path).all() == items  # kept on disk, reopened


@pytest.mark.parametrize("rating", [0, 2, -2, 5])
def test_rating_must_be_plus_or_minus_one(tmp_path: Path, rating: int) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    with pytest.raises(ValueError, match="rating"):
        store.add("q", "a", rating)
    assert store.all() == []


def test_comment_length_is_capped(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    store.comment(store.add("q", "a", 1), "x" * (MAX_COMMENT + 500))
    assert len(store.all()[0].comment) == MAX_COMMENT == 2000


@pytest.mark.parametrize("pnr", PNRS)
def test_personal_identity_numbers_are_never_stored(tmp_path: Path, pnr: str) -> None:
    path = tmp_path / "feedback.sqlite3"
    store = FeedbackStore(path)
    feedback_id = store.add(f"Mitt personnummer är {pnr}, omfattas jag?", f"Svar till {pnr}.", -1)
    store.comment(feedback_id, f"Jag skrev {pnr} av misstag")
    item = store.all()[0]
    assert item.question == f"Mitt personnummer är {REDACTED}, omfattas jag?"
    assert item.answer == f"Svar till {REDACTED}."
    assert item.comment == f"Jag skrev {REDACTED} av misstag"
    assert not [cell for row in rows(path) for cell in row if isinstance(cell, str) and pnr[-4:] in cell]
    assert pnr.encode() not in path.read_bytes()


def test_a_verified_password_is_remembered_but_a_wrong_one_never_is(monkeypatch: pytest.MonkeyPatch) -> None:
    users = UserDirectory({"anna": User("anna", bcrypt.hashpw(b"ratt-losenord", bcrypt.gensalt(rounds=4)).decode(),
                                        "staff")})
    calls: list[bytes] = []
    real = bcrypt.checkpw

    def counting(password: bytes, hashed: bytes) -> bool:
        calls.append(password)
        return real(password, hashed)

    monkeypatch.setattr(bcrypt, "checkpw", counting)
    assert users.verify("anna", "ratt-losenord") and users.verify("anna", "ratt-losenord")
    assert len(calls) == 1  # the second request did not pay bcrypt again
    assert not users.verify("anna", "fel") and not users.verify("anna", "fel")
    assert len(calls) == 3  # failures are checked every time
    assert not users.verify("bertil", "ratt-losenord")  # another name is another key
